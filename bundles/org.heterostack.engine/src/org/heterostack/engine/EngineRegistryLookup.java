package org.heterostack.engine;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Finds the {@link IEngineRegistry} service for callers outside Declarative Services (the command line, workbench
 * handlers): waits until DS has made it available. The tracker stays open, so the service stays in use.
 *
 * @since 0.2
 */
public final class EngineRegistryLookup {

    /** How long {@link #registry()} waits, in milliseconds. */
    public static final long WAIT_MS = 10_000;

    private EngineRegistryLookup() {
    }

    /**
     * @return the registry, once Declarative Services has made it available
     * @throws IllegalStateException if it does not appear within {@link #WAIT_MS} (the installation lacks this
     *                               bundle's registry component or Declarative Services), or outside OSGi
     */
    public static IEngineRegistry registry() {
        Bundle bundle = FrameworkUtil.getBundle(EngineRegistryLookup.class);
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
