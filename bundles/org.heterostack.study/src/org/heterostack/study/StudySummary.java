package org.heterostack.study;

/**
 * What a study run did. {@code evaluations} = candidates x engines = {@code computed + cached + failed} for a run
 * that was not cancelled.
 *
 * @param study       the study name
 * @param candidates  the number of candidates
 * @param evaluations the number of engine evaluations the study asks for
 * @param computed    evaluations run and succeeded
 * @param cached      evaluations reused from earlier runs
 * @param failed      evaluations run and failed (never reused)
 * @param seconds     wall-clock time of the run
 * @param cancelled   whether the run was cancelled before it finished
 */
public record StudySummary(String study, long candidates, long evaluations, long computed, long cached, long failed,
        double seconds, boolean cancelled) {
}
