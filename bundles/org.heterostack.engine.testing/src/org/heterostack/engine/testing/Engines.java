package org.heterostack.engine.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;
import java.util.stream.Collectors;

import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Message;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Quantity;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.Series;
import org.heterostack.model.Severity;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Test support for engine bundles: finds engines as OSGi services and runs them through the {@link AnalysisRunner}, as the workbench does. */
public final class Engines {

    private Engines() {
    }

    /** The engine service with this id, waiting up to 10 s for Declarative Services to register it. */
    public static IAnalysisEngine find(String id) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(Engines.class).getBundleContext();
        ServiceTracker<IAnalysisEngine, IAnalysisEngine> tracker = new ServiceTracker<>(context, IAnalysisEngine.class, null);
        tracker.open();
        try {
            long end = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < end) {
                Object[] services = tracker.getServices();
                if (services != null) {
                    for (Object service : services) {
                        IAnalysisEngine engine = (IAnalysisEngine) service;
                        if (engine.descriptor().id().equals(id)) {
                            return engine;
                        }
                    }
                }
                Thread.sleep(20);
            }
            fail("no engine service " + id + " within 10 s");
            return null;
        } finally {
            tracker.close();
        }
    }

    /** Runs the engine with this id on a target through the {@link AnalysisRunner}. */
    public static AnalysisResult run(String id, NamedElement target, Map<String, String> settings) throws InterruptedException {
        IAnalysisEngine engine = find(id);
        return new AnalysisRunner().run(engine, target, settings, null);
    }

    /** Runs the engine and asserts it succeeded, showing its messages if not. */
    public static AnalysisResult ok(String id, NamedElement target, Map<String, String> settings) throws InterruptedException {
        AnalysisResult result = run(id, target, settings);
        assertEquals(ResultStatus.OK, result.getStatus(), () -> "failed: " + messages(result));
        return result;
    }

    /** Runs the engine, asserts it failed without numbers, and returns the error message. */
    public static String failure(String id, NamedElement target) throws InterruptedException {
        AnalysisResult result = run(id, target, Map.of());
        assertEquals(ResultStatus.FAILED, result.getStatus());
        assertEquals(0, result.getQuantities().size(), "a failed result carries no numbers");
        return result.getMessages().stream().filter(m -> m.getSeverity() == Severity.ERROR).findFirst()
                .map(Message::getText).orElseThrow();
    }

    /** The quantity with this key; fails the test if there is none. */
    public static Quantity quantity(AnalysisResult result, String key) {
        Quantity q = result.getQuantities().stream().filter(x -> key.equals(x.getKey())).findFirst().orElse(null);
        assertNotNull(q, () -> "no quantity " + key + " in " + result.getQuantities().stream().map(Quantity::getKey).toList());
        return q;
    }

    /** The value of the quantity with this key, after checking its unit. */
    public static double value(AnalysisResult result, String key, String unit) {
        Quantity q = quantity(result, key);
        assertEquals(unit, q.getUnit(), "unit of " + key);
        return q.getValue();
    }

    /** The series with this key; fails the test if there is none. */
    public static Series series(AnalysisResult result, String key) {
        return result.getSeries().stream().filter(s -> key.equals(s.getKey())).findFirst()
                .orElseThrow(() -> new AssertionError("no series " + key));
    }

    /** The text after a stable prefix such as {@code "formula: "} of the first INFO message that has it. */
    public static String info(AnalysisResult result, String prefix) {
        return result.getMessages().stream().filter(m -> m.getSeverity() == Severity.INFO)
                .map(Message::getText).filter(t -> t.startsWith(prefix)).findFirst()
                .map(t -> t.substring(prefix.length()))
                .orElseThrow(() -> new AssertionError("no INFO '" + prefix + "...' in " + messages(result)));
    }

    /** All messages as one line, for assertion messages. */
    public static String messages(AnalysisResult result) {
        return result.getMessages().stream().map(m -> m.getSeverity() + ": " + m.getText()).collect(Collectors.joining(" | "));
    }
}
