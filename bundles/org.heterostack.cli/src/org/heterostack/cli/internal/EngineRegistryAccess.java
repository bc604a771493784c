package org.heterostack.cli.internal;

import org.heterostack.engine.IEngineRegistry;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Finds the engine registry service for the commands that need engines. */
final class EngineRegistryAccess {

    private static final long WAIT_MS = 10_000;

    private EngineRegistryAccess() {
    }

    /**
     * @return the registry, once Declarative Services has made it available
     * @throws IllegalStateException if it does not appear in time (the installation is broken)
     */
    static IEngineRegistry registry() {
        Bundle bundle = FrameworkUtil.getBundle(EngineRegistryAccess.class);
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
