package org.heterostack.model.internal;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Registers the model's validator for the Heterostack package as soon as the bundle is used under OSGi, so that
 * every {@code Diagnostician} (editor, CLI, engines) applies the scientific rules. Outside OSGi the entry points
 * of {@code org.heterostack.model.io} and {@code org.heterostack.model.validation} register it themselves.
 */
public final class ModelActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        ValidatorRegistration.register();
    }

    @Override
    public void stop(BundleContext context) {
        ValidatorRegistration.unregister();
    }
}
