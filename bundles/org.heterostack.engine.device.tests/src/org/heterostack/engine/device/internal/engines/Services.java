package org.heterostack.engine.device.internal.engines;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Quantity;
import org.heterostack.model.Series;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Finds the device engines as OSGi services (as the registry does) and reads results. */
final class Services {

    private static ServiceTracker<IAnalysisEngine, IAnalysisEngine> tracker;

    private Services() {
    }

    /**
     * @param id an engine id
     * @return the registered DS service with that id, waiting up to 10 s for it
     */
    static synchronized IAnalysisEngine engine(String id) throws InterruptedException {
        if (tracker == null) {
            BundleContext context = FrameworkUtil.getBundle(DriftDiffusionEngine.class).getBundleContext();
            assertNotNull(context, "the device engine bundle is not active");
            tracker = new ServiceTracker<>(context, IAnalysisEngine.class, null);
            tracker.open();
        }
        long end = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < end) {
            Optional<IAnalysisEngine> found = Arrays.stream(tracker.getServices(new IAnalysisEngine[0]))
                    .filter(Objects::nonNull).filter(e -> e.descriptor().id().equals(id)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no IAnalysisEngine service " + id + " within 10 s");
    }

    static double value(AnalysisResult result, String key) {
        return quantity(result, key).getValue();
    }

    static Quantity quantity(AnalysisResult result, String key) {
        return result.getQuantities().stream().filter(q -> q.getKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no quantity " + key + " in " + keys(result)));
    }

    static Series series(AnalysisResult result, String key) {
        return result.getSeries().stream().filter(s -> s.getKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no series " + key));
    }

    static String keys(AnalysisResult result) {
        return result.getQuantities().stream().map(Quantity::getKey).toList().toString();
    }

    static String messages(AnalysisResult result) {
        return result.getMessages().stream().map(m -> m.getSeverity() + ": " + m.getText()).toList().toString();
    }
}
