package org.heterostack.study;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Evaluates candidates on N worker threads of this process: one thread pool for the whole run, each worker taking
 * the next candidate when it is done with the last, so the workers stay busy however the run time varies between
 * candidates.
 */
public final class LocalBackend implements ExecutionBackend {

    private final int workers;

    /** A backend with one worker per available processor. */
    public LocalBackend() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param workers the number of worker threads, at least 1
     * @throws IllegalArgumentException when workers is less than 1
     */
    public LocalBackend(int workers) {
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        this.workers = workers;
    }

    /** @return the number of worker threads */
    public int workers() {
        return workers;
    }

    @Override
    public void execute(Iterator<CandidateJob> jobs, Function<CandidateJob, List<Evaluation>> evaluator, Sink sink,
            IProgressMonitor monitor) throws StudyException {
        ExecutorService pool = Executors.newFixedThreadPool(workers, runnable -> {
            Thread thread = new Thread(runnable, "Heterostack study worker");
            thread.setDaemon(true);
            return thread;
        });
        AtomicBoolean stop = new AtomicBoolean();
        try {
            List<Future<Void>> running = new java.util.ArrayList<>();
            for (int i = 0; i < workers; i++) {
                running.add(pool.submit(() -> work(jobs, evaluator, sink, monitor, stop)));
            }
            for (Future<Void> worker : running) {
                worker.get();
            }
        } catch (ExecutionException e) {
            stop.set(true);
            if (e.getCause() instanceof StudyException failure) {
                throw failure;
            }
            throw new StudyException("a study worker failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
            throw new StudyException("the study run was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Void work(Iterator<CandidateJob> jobs, Function<CandidateJob, List<Evaluation>> evaluator,
            Sink sink, IProgressMonitor monitor, AtomicBoolean stop) throws StudyException {
        while (!stop.get() && !monitor.isCanceled()) {
            CandidateJob job;
            synchronized (jobs) {
                job = jobs.hasNext() ? jobs.next() : null;
            }
            if (job == null) {
                return null;
            }
            try {
                sink.accept(evaluator.apply(job));
            } catch (StudyException | RuntimeException e) {
                stop.set(true);
                throw e;
            }
            synchronized (monitor) {
                monitor.worked(1);
            }
        }
        return null;
    }
}
