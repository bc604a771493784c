package org.heterostack.ui.study.internal.run;

import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.heterostack.study.CandidateJob;
import org.heterostack.study.Evaluation;
import org.heterostack.study.ExecutionBackend;
import org.heterostack.study.StudyException;

/** A backend that tells a {@link RunMeter} about every candidate another backend evaluates. */
final class MeteredBackend implements ExecutionBackend {

    private final ExecutionBackend backend;
    private final RunMeter meter;

    MeteredBackend(ExecutionBackend backend, RunMeter meter) {
        this.backend = backend;
        this.meter = meter;
    }

    @Override
    public void execute(Iterator<CandidateJob> jobs, Function<CandidateJob, List<Evaluation>> evaluator, Sink sink,
            IProgressMonitor monitor) throws StudyException {
        backend.execute(jobs, job -> {
            List<Evaluation> evaluations = evaluator.apply(job);
            meter.computed(job, evaluations);
            return evaluations;
        }, sink, monitor);
    }
}
