package org.heterostack.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.heterostack.engine.internal.EngineMonitor;
import org.heterostack.engine.internal.InputHash;
import org.heterostack.engine.internal.WorkingCopy;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Provenance;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.Severity;
import org.heterostack.model.io.ResultNames;

/**
 * Runs engines safely: an engine, including a third party's, is untrusted code. Each run happens on a worker
 * thread with a time limit, on a private copy of the target (also when the runner asks whether the engine
 * applies), so the caller's model is never changed. Whatever the engine does (returns, throws an exception or an
 * {@link Error} such as {@link StackOverflowError} or {@link OutOfMemoryError}, produces a non-finite number,
 * hangs, ignores the request to stop, is cancelled) the caller gets an {@link AnalysisResult} with provenance
 * (including how long the run took), and a failed result carries the engine's id, the reason and no numbers.
 * Never call {@link #run} on the UI thread: it waits for the engine.
 */
public final class AnalysisRunner {

    /** How long a timed-out or cancelled engine gets to stop before the result says it ignored the request. */
    private static final long STOP_GRACE_MILLIS = 1_000;

    /** The time limit used when none is given. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    private final Duration timeout;
    private final ExecutorService engineThreads;

    /** A runner with the {@link #DEFAULT_TIMEOUT}. */
    public AnalysisRunner() {
        this(DEFAULT_TIMEOUT);
    }

    /** @param timeout how long one engine run may take before it is cancelled and reported as failed */
    public AnalysisRunner(Duration timeout) {
        this(timeout, null);
    }

    /**
     * A runner whose engine runs go to the given threads instead of a new thread per run: a host that runs many
     * analyses (a study) creates one executor for the whole run and shuts it down at the end.
     *
     * @param timeout       how long one engine run may take before it is cancelled and reported as failed
     * @param engineThreads where engines run; its threads should be daemons. Null: a new thread per run
     * @since 0.4
     */
    public AnalysisRunner(Duration timeout, ExecutorService engineThreads) {
        this.timeout = timeout;
        this.engineThreads = engineThreads;
    }

    /**
     * Runs one engine on one target.
     *
     * @param engine    the engine
     * @param target    the model object; the engine reads a private copy of it
     * @param overrides the user's setting values by name (may be empty)
     * @param monitor   progress and cancellation (may be null)
     * @return the result, {@link ResultStatus#OK} or {@link ResultStatus#FAILED}, never null
     * @throws IllegalArgumentException if a setting name or value is not valid for this engine (bad input, not
     *                                  a failed analysis)
     */
    public AnalysisResult run(IAnalysisEngine engine, NamedElement target, Map<String, String> overrides,
            IProgressMonitor monitor) {
        EngineDescriptor descriptor = engine.descriptor();
        EngineSettings settings = EngineSettings.resolve(descriptor.id(), engine.settings(), overrides);
        // stopping this run when its time is up must not cancel the caller's other runs
        IProgressMonitor progress = new EngineMonitor(monitor == null ? new NullProgressMonitor() : monitor);
        AnalysisResult result = newResult(descriptor, target, settings);
        NamedElement copy = EcoreUtil.copy(target);
        String refusal = applicability(engine, copy);
        if (refusal != null) {
            return fail(result, refusal);
        }
        ExecutorService worker = engineThreads != null ? engineThreads : Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "Heterostack engine " + descriptor.id());
            thread.setDaemon(true);
            return thread;
        });
        long started = System.nanoTime();
        // the engine reports into a scratch result: an engine that overruns its time cannot touch the real one
        AnalysisResult scratch = HeterostackFactory.eINSTANCE.createAnalysisResult();
        scratch.setEngineId(descriptor.id());
        scratch.setProvenance(HeterostackFactory.eINSTANCE.createProvenance());
        CountDownLatch stopped = new CountDownLatch(1);
        Future<?> run = null;
        try {
            run = worker.submit(() -> {
                try {
                    engine.run(new AnalysisRequest(copy, settings), new ResultBuilder(scratch), progress);
                } finally {
                    stopped.countDown();
                }
                return null;
            });
            run.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (progress.isCanceled()) {
                return fail(result, "cancelled");
            }
            result.getQuantities().addAll(scratch.getQuantities());
            result.getSeries().addAll(scratch.getSeries());
            result.getMessages().addAll(scratch.getMessages());
            new ResultBuilder(result).cite(scratch.getProvenance().getCitations());
            result.setStatus(ResultStatus.OK);
            return result;
        } catch (TimeoutException e) {
            progress.setCanceled(true);
            run.cancel(true);
            return fail(result, descriptor.name() + " (" + descriptor.id() + ") did not finish within "
                    + seconds(timeout) + " s" + ignoredStop(stopped));
        } catch (ExecutionException e) {
            return fail(result, reason(descriptor, e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(result, "interrupted");
        } finally {
            result.getProvenance().setDurationSeconds((System.nanoTime() - started) / 1e9);
            if (engineThreads == null) {
                worker.shutdownNow();
            } else if (run != null && !run.isDone()) {
                run.cancel(true);
            }
        }
    }

    /** @return null if the engine applies to (its copy of) the target, else why it is not run */
    private static String applicability(IAnalysisEngine engine, NamedElement copy) {
        EngineDescriptor descriptor = engine.descriptor();
        try {
            if (engine.appliesTo(copy)) {
                return null;
            }
            return descriptor.name() + " does not apply to " + copy.eClass().getName() + " '" + copy.getName() + "'";
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return reason(descriptor, e);
        }
    }

    /** @return a note for the message when the engine's thread is still running after it was asked to stop */
    private static String ignoredStop(CountDownLatch stopped) {
        try {
            if (stopped.await(STOP_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                return "";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "; it ignored the request to stop and keeps one thread busy until Heterostack is restarted";
    }

    private static String seconds(Duration duration) {
        return java.math.BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    private static String reason(EngineDescriptor descriptor, Throwable cause) {
        if (cause instanceof EngineException) {
            return cause.getMessage();
        }
        if (cause instanceof IllegalArgumentException) {
            return descriptor.name() + " (" + descriptor.id() + ") failed: " + cause.getMessage();
        }
        return descriptor.name() + " (" + descriptor.id() + ") failed with an internal error ("
                + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()) + "); please report it to "
                + descriptor.provider();
    }

    private static AnalysisResult newResult(EngineDescriptor descriptor, NamedElement target, EngineSettings settings) {
        AnalysisResult result = HeterostackFactory.eINSTANCE.createAnalysisResult();
        result.setName(ResultNames.of(target.getName(), descriptor.id()));
        result.setTarget(target);
        result.setEngineId(descriptor.id());
        result.setEngineVersion(descriptor.version());
        result.setCategory(descriptor.category());
        Provenance provenance = HeterostackFactory.eINSTANCE.createProvenance();
        provenance.setEngineId(descriptor.id());
        provenance.setEngineVersion(descriptor.version());
        provenance.getSettings().putAll(settings.asMap());
        provenance.setInputHash(InputHash.of(target, descriptor.id(), descriptor.version(), settings.asMap()));
        provenance.setTimestamp(Instant.now());
        provenance.getCitations().addAll(descriptor.citations());
        result.setProvenance(provenance);
        return result;
    }

    private static AnalysisResult fail(AnalysisResult result, String reason) {
        new ResultBuilder(result).message(Severity.ERROR, reason);
        result.setStatus(ResultStatus.FAILED);
        return result;
    }

    /**
     * Runs one engine on one target with values other engines supplied (engine chaining, {@link IValueSupplier}):
     * the engine reads a working copy of the target in which each supplied value fills its attribute when the file
     * leaves it unset (a value set in the file always wins; the user's objects are never changed). The result
     * names every supplied value used in an INFO message and in its provenance's citations (object, attribute,
     * value, supplying engine and version, result quantity), and its input hash covers them.
     *
     * @param engine    the engine
     * @param target    the model object
     * @param overrides the user's setting values by name (may be empty)
     * @param monitor   progress and cancellation (may be null)
     * @param supplied  values for the target or objects it contains (may be empty)
     * @return the result, {@link ResultStatus#OK} or {@link ResultStatus#FAILED}, never null; its target is
     *         {@code target}
     * @throws IllegalArgumentException if a setting name or value is not valid for this engine
     * @since 0.5
     */
    public AnalysisResult run(IAnalysisEngine engine, NamedElement target, Map<String, String> overrides,
            IProgressMonitor monitor, java.util.List<SuppliedValue> supplied) {
        if (supplied.isEmpty()) {
            return run(engine, target, overrides, monitor);
        }
        WorkingCopy working = WorkingCopy.of(target, supplied);
        AnalysisResult result = run(engine, working.target(), overrides, monitor);
        result.setTarget(target);
        java.util.List<org.heterostack.model.Message> engineMessages = java.util.List.copyOf(result.getMessages());
        result.getMessages().clear();
        ResultBuilder chained = new ResultBuilder(result);
        working.derived().forEach(text -> chained.message(Severity.INFO, "derived input: " + text));
        working.kept().forEach(text -> chained.message(Severity.INFO, "supplied input " + text));
        result.getMessages().addAll(engineMessages);
        result.getProvenance().getCitations().addAll(working.derived().stream()
                .map(text -> "derived input: " + text).toList());
        return result;
    }

    /**
     * Runs several engines on one target as a chain: the engines that supply model values ({@link IValueSupplier})
     * first, then the others, each {@link IValueConsumer} with the values the suppliers' successful results give
     * for the attributes it needs ({@link #run(IAnalysisEngine, NamedElement, Map, IProgressMonitor,
     * java.util.List)}). The engines never see each other; a supplier that fails supplies nothing.
     *
     * @param engines   the engines to run on the target (those that do not apply get a failed result, as in
     *                  {@link #run(IAnalysisEngine, NamedElement, Map, IProgressMonitor)})
     * @param target    the model object
     * @param overrides each engine's setting values by engine id (an engine without an entry: none)
     * @param monitor   progress and cancellation (may be null)
     * @return one result per engine, in the order of {@code engines}
     * @since 0.5
     */
    public java.util.List<AnalysisResult> runChained(java.util.List<IAnalysisEngine> engines, NamedElement target,
            Map<String, Map<String, String>> overrides, IProgressMonitor monitor) {
        Map<IAnalysisEngine, AnalysisResult> results = new java.util.IdentityHashMap<>();
        java.util.List<SuppliedValue> supplied = new java.util.ArrayList<>();
        for (IAnalysisEngine engine : engines) {
            if (engine instanceof IValueSupplier supplier) {
                AnalysisResult result = run(engine, target, overrides.getOrDefault(engine.descriptor().id(),
                        Map.of()), monitor);
                results.put(engine, result);
                if (result.getStatus() == ResultStatus.OK) {
                    supplied.addAll(supplier.supply(target, result));
                }
            }
        }
        for (IAnalysisEngine engine : engines) {
            if (!results.containsKey(engine)) {
                java.util.List<SuppliedValue> needed = engine instanceof IValueConsumer consumer ? supplied.stream()
                        .filter(v -> consumer.neededAttributes().contains(v.attribute())).toList()
                        : java.util.List.of();
                results.put(engine, run(engine, target, overrides.getOrDefault(engine.descriptor().id(), Map.of()),
                        monitor, needed));
            }
        }
        return engines.stream().map(results::get).toList();
    }
}
