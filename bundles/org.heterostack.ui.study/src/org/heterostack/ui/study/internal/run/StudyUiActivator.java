package org.heterostack.ui.study.internal.run;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/** Closes the workspace's study index when the bundle stops (the workbench shuts down). */
public final class StudyUiActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        // the index opens on first use
    }

    @Override
    public void stop(BundleContext context) {
        WorkspaceStudies.close();
    }
}
