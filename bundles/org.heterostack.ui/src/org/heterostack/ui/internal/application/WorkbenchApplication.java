package org.heterostack.ui.internal.application;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/** The Heterostack workbench application: locks the workspace, then runs the workbench until it closes. */
public class WorkbenchApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) throws Exception {
        Location workspace = Platform.getInstanceLocation();
        if (workspace == null || !workspace.isSet()) {
            System.err.println("heterostack: no workspace location is set; start with --data DIR");
            return 2;
        }
        if (!workspace.isLocked() && !workspace.lock()) {
            System.err.println("heterostack: workspace " + workspace.getURL().getPath()
                    + " is in use by another Heterostack; close it or choose another with --data DIR");
            return 2;
        }
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new HeterostackWorkbenchAdvisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
            workspace.release();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                PlatformUI.getWorkbench().close();
            }
        });
    }
}
