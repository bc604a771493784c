package org.heterostack.study;

import java.util.List;

/**
 * The work a backend does for one candidate: the engines whose results are not reused yet, with their keys.
 *
 * @param point   the candidate
 * @param engines the engines to run
 * @param keys    the evaluation key of each engine, in the same order
 */
public record CandidateJob(StatePoint point, List<PlannedEngine> engines, List<String> keys) {

    /** Checks that every engine has its key. */
    public CandidateJob {
        engines = List.copyOf(engines);
        keys = List.copyOf(keys);
        if (engines.size() != keys.size()) {
            throw new IllegalArgumentException(engines.size() + " engines but " + keys.size() + " keys");
        }
    }
}
