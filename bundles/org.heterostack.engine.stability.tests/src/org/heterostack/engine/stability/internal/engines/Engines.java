package org.heterostack.engine.stability.internal.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Map;

import org.heterostack.chem.ChemistryToolkit;
import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Message;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Quantity;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.Series;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Finds the engines as OSGi services (as the registry does) and runs them through the {@link AnalysisRunner}. */
final class Engines {

    private static final long WAIT_MS = 10_000;

    private Engines() {
    }

    private static BundleContext context() {
        return FrameworkUtil.getBundle(Engines.class).getBundleContext();
    }

    /** @return the engine service with that id, waiting for DS to register it */
    static IAnalysisEngine engine(String id) throws InterruptedException {
        ServiceTracker<IAnalysisEngine, IAnalysisEngine> tracker = new ServiceTracker<>(context(),
                IAnalysisEngine.class, null);
        tracker.open();
        try {
            long end = System.currentTimeMillis() + WAIT_MS;
            while (System.currentTimeMillis() < end) {
                tracker.waitForService(WAIT_MS);
                for (IAnalysisEngine engine : tracker.getTracked().values()) {
                    if (engine.descriptor().id().equals(id)) {
                        return engine;
                    }
                }
                Thread.sleep(20);
            }
        } finally {
            tracker.close();
        }
        throw new AssertionError("no IAnalysisEngine service " + id + " within " + WAIT_MS + " ms");
    }

    /** @return the chemistry toolkit service */
    static ChemistryToolkit toolkit() throws InterruptedException {
        ServiceTracker<ChemistryToolkit, ChemistryToolkit> tracker = new ServiceTracker<>(context(),
                ChemistryToolkit.class, null);
        tracker.open();
        try {
            ChemistryToolkit toolkit = tracker.waitForService(WAIT_MS);
            assertNotNull(toolkit, "no ChemistryToolkit service");
            return toolkit;
        } finally {
            tracker.close();
        }
    }

    /** @return the result of a run that must succeed */
    static AnalysisResult ok(IAnalysisEngine engine, NamedElement target, Map<String, String> settings) {
        AnalysisResult result = new AnalysisRunner().run(engine, target, settings, null);
        assertEquals(ResultStatus.OK, result.getStatus(), () -> result.getMessages().stream()
                .map(Message::getText).toList().toString());
        return result;
    }

    /** @return the quantity with that key */
    static Quantity quantity(AnalysisResult result, String key) {
        return result.getQuantities().stream().filter(q -> key.equals(q.getKey())).findFirst()
                .orElseThrow(() -> new AssertionError("no quantity " + key + " in " + result.getQuantities().stream()
                        .map(Quantity::getKey).toList()));
    }

    /** @return the value of the quantity with that key */
    static double value(AnalysisResult result, String key) {
        return quantity(result, key).getValue();
    }

    /** @return the series with that key */
    static Series series(AnalysisResult result, String key) {
        return result.getSeries().stream().filter(s -> key.equals(s.getKey())).findFirst()
                .orElseThrow(() -> new AssertionError("no series " + key));
    }

    /** @return whether a message contains that text */
    static boolean hasMessage(AnalysisResult result, String text) {
        return result.getMessages().stream().anyMatch(m -> m.getText().contains(text));
    }
}
