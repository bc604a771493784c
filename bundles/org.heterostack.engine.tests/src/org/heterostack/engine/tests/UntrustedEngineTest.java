package org.heterostack.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.sample.StackAbsorptionEngine;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Device;
import org.heterostack.model.NamedElement;
import org.heterostack.model.ResultStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An installed engine is untrusted code (issue 14): whatever it does, the caller's model is unchanged, the run is
 * a failed result naming the engine and the reason, and the engines run after it on the same threads still
 * deliver their results.
 */
class UntrustedEngineTest {

    private volatile boolean releaseStubbornEngines;

    private final ExecutorService engineThreads = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "untrusted engine test");
        thread.setDaemon(true);
        return thread;
    });
    private final AnalysisRunner runner = new AnalysisRunner(Duration.ofMillis(500), engineThreads);
    private final Device cell = Models.nipCell();
    private final Device before = EcoreUtil.copy(cell);

    @AfterEach
    void releaseThreads() {
        releaseStubbornEngines = true;
        engineThreads.shutdownNow();
    }

    private String failure(TestEngine engine) {
        AnalysisResult result = runner.run(engine, cell, Map.of(), null);
        assertEquals(ResultStatus.FAILED, result.getStatus());
        assertTrue(result.getQuantities().isEmpty() && result.getSeries().isEmpty(), "a failed run has no numbers");
        assertTrue(EcoreUtil.equals(before, cell), "the caller's model is unchanged");
        AnalysisResult next = runner.run(new StackAbsorptionEngine(), cell, Map.of(), null);
        assertEquals(ResultStatus.OK, next.getStatus(), "the next engine on the same threads still runs");
        assertEquals(1, result.getMessages().size(), result.getMessages().toString());
        return result.getMessages().get(0).getText();
    }

    @Test
    void anEngineThatChangesTheModelItWasGivenChangesOnlyItsCopy() {
        AnalysisResult result = runner.run(new TestEngine((request, builder, monitor) -> {
            Device target = (Device) request.target();
            target.setName("renamed by the engine");
            target.getLayers().clear();
            builder.quantity("layers", target.getLayers().size(), "1", "layers left");
        }), cell, Map.of(), null);
        assertEquals(ResultStatus.OK, result.getStatus());
        assertTrue(EcoreUtil.equals(before, cell), "the caller's model is unchanged");
        assertEquals(cell, result.getTarget());
    }

    @Test
    void anEngineThatChangesTheModelWhenAskedWhetherItAppliesChangesOnlyItsCopy() {
        TestEngine engine = new TestEngine((request, builder, monitor) -> { }) {
            @Override
            public boolean appliesTo(NamedElement target) {
                ((Device) target).getLayers().remove(0);
                return true;
            }
        };
        assertEquals(ResultStatus.OK, runner.run(engine, cell, Map.of(), null).getStatus());
        assertTrue(EcoreUtil.equals(before, cell), "the caller's model is unchanged");
    }

    @Test
    void anEngineThatThrowsWhenAskedWhetherItAppliesFails() {
        assertEquals("Test engine (test.engine) failed with an internal error (NullPointerException: no layer);"
                + " please report it to Test provider", failure(new TestEngine((request, builder, monitor) -> { }) {
                    @Override
                    public boolean appliesTo(NamedElement target) {
                        throw new NullPointerException("no layer");
                    }
                }));
    }

    @Test
    void aStackOverflowIsAFailedRun() {
        String message = failure(new TestEngine((request, builder, monitor) -> recurse(1)));
        assertTrue(message.startsWith("Test engine (test.engine) failed with an internal error (StackOverflowError"),
                message);
    }

    @Test
    void anOutOfMemoryErrorFromABigAllocationIsAFailedRun() {
        String message = failure(new TestEngine((request, builder, monitor) -> {
            long[] huge = new long[Integer.MAX_VALUE];
            builder.quantity("size", huge.length, "1", "never reached");
        }));
        assertTrue(message.startsWith("Test engine (test.engine) failed with an internal error (OutOfMemoryError"),
                message);
    }

    @Test
    void infiniteNumbersAreAFailedRun() {
        assertEquals("Test engine (test.engine) failed: the engine produced Infinity for 'pce'",
                failure(new TestEngine(
                (request, builder, monitor) -> builder.quantity("voc", 1.1, "V", "open-circuit voltage")
                        .quantity("pce", Double.POSITIVE_INFINITY, "%", "efficiency"))));
    }

    @Test
    void anEngineThatIgnoresInterruptsAndCancellationFailsAtItsTimeLimitAndSaysSo() {
        long start = System.nanoTime();
        String message = failure(new TestEngine((request, builder, monitor) -> {
            while (!releaseStubbornEngines) {
                Thread.onSpinWait();
            }
        }));
        assertEquals("Test engine (test.engine) did not finish within 0.5 s; it ignored the request to stop and"
                + " keeps one thread busy until Heterostack is restarted", message);
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "the caller was not held");
    }

    @Test
    void aHangingEngineOnSharedThreadsIsStoppedAndItsThreadReused() {
        List<String> messages = List.of(failure(new TestEngine((request, builder, monitor) -> Thread.sleep(60_000))),
                failure(new TestEngine((request, builder, monitor) -> Thread.sleep(60_000))));
        assertEquals(List.of("Test engine (test.engine) did not finish within 0.5 s",
                "Test engine (test.engine) did not finish within 0.5 s"), messages);
    }

    @Test
    void anEngineStoppedAtItsTimeLimitDoesNotCancelTheCallersOtherRuns() {
        NullProgressMonitor caller = new NullProgressMonitor();
        AnalysisResult result = runner.run(new TestEngine((request, builder, monitor) -> Thread.sleep(60_000)), cell,
                Map.of(), caller);
        assertEquals(ResultStatus.FAILED, result.getStatus());
        assertFalse(caller.isCanceled(), "a run plan or study with this monitor goes on to its other engines");
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
