package org.heterostack.study;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.heterostack.engine.AnalysisRunner;
import org.heterostack.study.internal.CandidateEvaluator;
import org.heterostack.study.internal.CommitBuffer;

/**
 * Runs a study: every candidate, every pinned engine, reusing what earlier runs computed. The evaluations whose
 * key the index holds as reusable are skipped (unless forced); the rest go to the backend, and each candidate's
 * results are committed to the store and the index as they come. A run that is killed at any moment can simply be
 * started again: it reuses what was committed and computes the rest.
 */
public final class StudyRunner {

    private final ExecutionBackend backend;
    private final Duration engineTimeout;

    /** @param backend where candidates are evaluated */
    public StudyRunner(ExecutionBackend backend) {
        this(backend, AnalysisRunner.DEFAULT_TIMEOUT);
    }

    /**
     * @param backend       where candidates are evaluated
     * @param engineTimeout how long one engine run may take
     */
    public StudyRunner(ExecutionBackend backend, Duration engineTimeout) {
        this.backend = backend;
        this.engineTimeout = engineTimeout;
    }

    /**
     * @param plan    the study
     * @param store   its result store, held by this run
     * @param index   the index (caught up with the store first)
     * @param force   run every evaluation again, reusing nothing
     * @param monitor progress (one unit per candidate) and cancellation; may be null
     * @return what the run did
     * @throws StudyException when results cannot be written or indexed
     */
    public StudySummary run(StudyPlan plan, ResultStore store, StudyIndex index, boolean force,
            IProgressMonitor monitor) throws StudyException {
        long started = System.nanoTime();
        IProgressMonitor progress = monitor == null ? new NullProgressMonitor() : monitor;
        index.catchUp(store.directory());
        Set<String> reusable = force ? Set.of() : index.reusableKeys(store.directory());
        long candidates = plan.space().size();
        progress.beginTask("Study " + plan.name(), (int) Math.min(candidates, Integer.MAX_VALUE));
        AtomicLong cached = new AtomicLong();
        ExecutorService engineThreads = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "Heterostack study engine");
            thread.setDaemon(true);
            return thread;
        });
        try (CommitBuffer commits = new CommitBuffer(store, index)) {
            AnalysisRunner runner = new AnalysisRunner(engineTimeout, engineThreads);
            Iterator<CandidateJob> jobs = jobs(plan, reusable, cached, progress);
            backend.execute(jobs, new CandidateEvaluator(plan, runner, progress), commits::add, progress);
            commits.flush();
            long failed = commits.failed();
            return new StudySummary(plan.name(), candidates, candidates * plan.engines().size(),
                    commits.committed() - failed, cached.get(), failed, (System.nanoTime() - started) / 1e9,
                    progress.isCanceled());
        } finally {
            engineThreads.shutdownNow();
            progress.done();
        }
    }

    private static Iterator<CandidateJob> jobs(StudyPlan plan, Set<String> reusable, AtomicLong cached,
            IProgressMonitor progress) {
        Iterator<StatePoint> points = plan.space().iterator();
        return new Iterator<>() {
            private CandidateJob next = advance();

            private CandidateJob advance() {
                while (points.hasNext()) {
                    StatePoint point = points.next();
                    String id = point.id();
                    List<PlannedEngine> engines = new ArrayList<>(plan.engines().size());
                    List<String> keys = new ArrayList<>(plan.engines().size());
                    for (PlannedEngine engine : plan.engines()) {
                        String key = engine.evaluationKey(id);
                        if (reusable.contains(key)) {
                            cached.incrementAndGet();
                        } else {
                            engines.add(engine);
                            keys.add(key);
                        }
                    }
                    if (!engines.isEmpty()) {
                        return new CandidateJob(point, engines, keys);
                    }
                    synchronized (progress) {
                        progress.worked(1);
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public CandidateJob next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                CandidateJob current = next;
                next = advance();
                return current;
            }
        };
    }
}
