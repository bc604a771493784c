package org.heterostack.study;

import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Where a study's candidates are evaluated. {@link LocalBackend} runs them on worker threads of this process; a
 * backend that sends candidates to a cluster implements the same contract.
 */
public interface ExecutionBackend {

    /** Takes the evaluations of finished candidates; a backend calls it from any thread, one call at a time. */
    @FunctionalInterface
    interface Sink {

        /**
         * @param evaluations the evaluations of one candidate
         * @throws StudyException when they cannot be committed (the run stops)
         */
        void accept(List<Evaluation> evaluations) throws StudyException;
    }

    /**
     * Evaluates every job the iterator gives until it is exhausted or the monitor is cancelled, passing each job's
     * evaluations to the sink. The iterator is not thread-safe: take jobs from it one at a time.
     *
     * @param jobs      the jobs, produced lazily
     * @param evaluator runs the engines of one job
     * @param sink      commits the evaluations
     * @param monitor   progress (one unit per job) and cancellation
     * @throws StudyException when the sink fails or a worker is interrupted
     */
    void execute(Iterator<CandidateJob> jobs, Function<CandidateJob, List<Evaluation>> evaluator, Sink sink,
            IProgressMonitor monitor) throws StudyException;
}
