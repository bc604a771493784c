package org.heterostack.ui.internal.analysis;

import org.heterostack.engine.IEngineRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The engine registry service as the workbench sees it (Declarative Services makes it available). */
public final class EngineRegistryService {

    private static final long WAIT_MS = 10_000;

    private EngineRegistryService() {
    }

    /**
     * @return the registry
     * @throws IllegalStateException if it does not appear in time (the installation lacks the engine API or DS)
     */
    public static IEngineRegistry get() {
        Bundle bundle = FrameworkUtil.getBundle(EngineRegistryService.class);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            throw new IllegalStateException("the engine registry needs the OSGi runtime");
        }
        ServiceTracker<IEngineRegistry, IEngineRegistry> tracker = new ServiceTracker<>(context, IEngineRegistry.class,
                null);
        tracker.open();
        try {
            IEngineRegistry registry = tracker.waitForService(WAIT_MS);
            if (registry == null) {
                throw new IllegalStateException("no engine registry after " + WAIT_MS / 1000
                        + " s: the installation lacks org.heterostack.engine or Declarative Services");
            }
            return registry;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the engine registry", e);
        }
    }
}
