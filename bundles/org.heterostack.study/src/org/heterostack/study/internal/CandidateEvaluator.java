package org.heterostack.study.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.heterostack.engine.AnalysisRunner;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Message;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Provenance;
import org.heterostack.model.Quantity;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.Series;
import org.heterostack.study.CandidateJob;
import org.heterostack.study.Evaluation;
import org.heterostack.study.PlannedEngine;
import org.heterostack.study.StudyPlan;

/**
 * Evaluates one candidate: builds its model (a working copy of the base with the candidate's values), runs each
 * pending engine through the {@link AnalysisRunner} and turns the results into {@link Evaluation}s. A candidate
 * whose values cannot be applied fails for every engine, with the reason.
 */
public final class CandidateEvaluator implements Function<CandidateJob, List<Evaluation>> {

    private final StudyPlan plan;
    private final AnalysisRunner runner;
    private final IProgressMonitor monitor;

    /**
     * @param plan    the study plan
     * @param runner  the runner (one for the whole run)
     * @param monitor the run's monitor: when it is cancelled, failures caused by the cancellation are dropped
     */
    public CandidateEvaluator(StudyPlan plan, AnalysisRunner runner, IProgressMonitor monitor) {
        this.plan = plan;
        this.runner = runner;
        this.monitor = monitor;
    }

    @Override
    public List<Evaluation> apply(CandidateJob job) {
        List<Evaluation> evaluations = new ArrayList<>(job.engines().size());
        NamedElement candidate;
        try {
            candidate = plan.candidate(job.point());
        } catch (IllegalArgumentException e) {
            for (int i = 0; i < job.engines().size(); i++) {
                evaluations.add(failure(job, i, "", e.getMessage()));
            }
            return evaluations;
        }
        IProgressMonitor engineMonitor = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return super.isCanceled() || monitor.isCanceled();
            }
        };
        for (int i = 0; i < job.engines().size(); i++) {
            PlannedEngine engine = job.engines().get(i);
            NamedElement target;
            try {
                target = StudyPlan.target(candidate, engine);
            } catch (IllegalArgumentException e) {
                evaluations.add(failure(job, i, "", e.getMessage()));
                continue;
            }
            AnalysisResult result = runner.run(engine.engine(), target, engine.settings(), engineMonitor);
            if (result.getStatus() != ResultStatus.OK && monitor.isCanceled()) {
                continue; // cancelled, not failed: the next run computes it
            }
            evaluations.add(evaluation(job, i, target.getName(), result));
        }
        return evaluations;
    }

    private Evaluation evaluation(CandidateJob job, int index, String target, AnalysisResult result) {
        PlannedEngine engine = job.engines().get(index);
        boolean ok = result.getStatus() == ResultStatus.OK;
        Provenance provenance = result.getProvenance();
        List<Evaluation.Value> quantities = new ArrayList<>();
        for (Quantity quantity : result.getQuantities()) {
            quantities.add(new Evaluation.Value(quantity.getKey(), quantity.getValue(), text(quantity.getUnit())));
        }
        List<Evaluation.SeriesData> series = new ArrayList<>();
        for (Series s : result.getSeries()) {
            series.add(new Evaluation.SeriesData(s.getKey(), text(s.getXName()), text(s.getXUnit()), text(s.getYName()),
                    text(s.getYUnit()), s.getX().stream().mapToDouble(Double::doubleValue).toArray(),
                    s.getY().stream().mapToDouble(Double::doubleValue).toArray()));
        }
        List<String> messages = new ArrayList<>();
        for (Message message : result.getMessages()) {
            messages.add(message.getSeverity().getLiteral() + ": " + message.getText());
        }
        Double seconds = provenance.getDurationSeconds();
        return new Evaluation(job.keys().get(index), plan.name(), job.point().id(), job.point().byName(),
                engine.descriptor().id(), text(result.getEngineVersion()), target, engine.settings(), ok,
                ok && engine.descriptor().deterministic(), seconds == null ? 0 : seconds,
                String.valueOf(provenance.getTimestamp()), text(provenance.getInputHash()), quantities, series,
                messages);
    }

    private Evaluation failure(CandidateJob job, int index, String target, String reason) {
        PlannedEngine engine = job.engines().get(index);
        return new Evaluation(job.keys().get(index), plan.name(), job.point().id(), job.point().byName(),
                engine.descriptor().id(), engine.descriptor().version(), target, engine.settings(), false, false, 0,
                java.time.Instant.now().toString(), "", List.of(), List.of(), List.of("ERROR: " + reason));
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
