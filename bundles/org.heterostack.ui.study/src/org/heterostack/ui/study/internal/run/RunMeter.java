package org.heterostack.ui.study.internal.run;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.heterostack.study.CandidateJob;
import org.heterostack.study.Evaluation;

/**
 * Counts a study run as it goes and writes its {@link RunProgress} as the job's sub-task (at most four times a
 * second): the runner reports each finished candidate as one unit of work, the {@link MeteredBackend} each candidate
 * it computed, so the candidates done without a job are the ones entirely reused.
 */
final class RunMeter extends ProgressMonitorWrapper {

    private static final long REFRESH_NANOS = 250_000_000L;

    private final int engines;
    private final long started = System.nanoTime();
    private long total;
    private long done;
    private long computed;
    private long partlyReused;
    private long failed;
    private long shown;

    /**
     * @param monitor the job's monitor
     * @param engines the number of engines each candidate runs
     */
    RunMeter(IProgressMonitor monitor, int engines) {
        super(monitor);
        this.engines = engines;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        synchronized (this) {
            total = totalWork;
        }
        super.beginTask(name, totalWork);
    }

    @Override
    public void worked(int work) {
        super.worked(work);
        boolean show;
        synchronized (this) {
            done += work;
            long now = System.nanoTime();
            show = now - shown > REFRESH_NANOS || done >= total;
            if (show) {
                shown = now;
            }
        }
        if (show) {
            subTask(snapshot().text());
        }
    }

    /**
     * Called by the backend for a candidate it evaluated.
     *
     * @param job         the candidate and the engines that ran on it
     * @param evaluations what came out
     */
    synchronized void computed(CandidateJob job, List<Evaluation> evaluations) {
        computed++;
        partlyReused += engines - job.engines().size();
        failed += evaluations.stream().filter(e -> !e.ok()).count();
    }

    /** @return the counts so far */
    synchronized RunProgress snapshot() {
        long reused = (done - Math.min(done, computed)) * engines + partlyReused;
        return new RunProgress(total, done, computed, reused, failed, (System.nanoTime() - started) / 1e9);
    }
}
