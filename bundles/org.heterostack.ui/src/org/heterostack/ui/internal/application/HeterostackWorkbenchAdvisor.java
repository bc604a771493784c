package org.heterostack.ui.internal.application;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;
import org.heterostack.ui.HeterostackWorkbench;
import org.heterostack.ui.internal.project.ExampleProjects;

/**
 * An IDE-style workbench advisor written against public API only (the IDE's own advisor is internal): it
 * registers the resource adapters and images the Project Explorer and Problems view need, makes the
 * workspace root the page input, fills a new workspace with the example projects, lets installs apply without a
 * restart ({@link InstallPolicy}) and saves the workspace on shutdown.
 */
public class HeterostackWorkbenchAdvisor extends WorkbenchAdvisor {

    private static final String IDE_BUNDLE = "org.eclipse.ui.ide";

    private static final int CLOSE_DELAY_MS = 1000;

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
        IDE.registerAdapters();
        declareIdeImage(configurer, IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.png");
        declareIdeImage(configurer, IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.png");
        // keys of the IDE's internal image registry that the markers views look up
        declareIdeImage(configurer, "IMG_OBJS_ERROR_PATH", "icons/full/obj16/error_tsk.png");
        declareIdeImage(configurer, "IMG_OBJS_WARNING_PATH", "icons/full/obj16/warn_tsk.png");
        declareIdeImage(configurer, "IMG_OBJS_INFO_PATH", "icons/full/obj16/info_tsk.png");
    }

    private static void declareIdeImage(IWorkbenchConfigurer configurer, String key, String path) {
        ResourceLocator.imageDescriptorFromBundle(IDE_BUNDLE, path)
                .ifPresent(image -> configurer.declareImage(key, image, true));
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return HeterostackWorkbench.PERSPECTIVE_ID;
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new HeterostackWindowAdvisor(configurer);
    }

    @Override
    public void preStartup() {
        ExampleProjects.createInEmptyWorkspace();
        if (Boolean.getBoolean(HeterostackWorkbench.EXIT_AFTER_STARTUP_PROPERTY)) {
            closeWhenStartupCompletes(getWorkbenchConfigurer().getWorkbench());
        }
    }

    /**
     * Closes the workbench once its start-up is complete (for smoke tests and start-up measurements); the delay
     * lets the other listeners of that event still find a live display.
     */
    private static void closeWhenStartupCompletes(IWorkbench workbench) {
        workbench.getService(IEventBroker.class).subscribe(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE,
                event -> workbench.getDisplay().timerExec(CLOSE_DELAY_MS, workbench::close));
    }

    /** Opens the windows as the workbench does, with the user-interface thread woken while it waits. */
    @Override
    public boolean openWindows() {
        StartupWakeUp wakeUp = new StartupWakeUp(getWorkbenchConfigurer().getWorkbench().getDisplay());
        wakeUp.start();
        try {
            return super.openWindows();
        } finally {
            wakeUp.stop();
        }
    }

    @Override
    public void postStartup() {
        InstallPolicy.applyInBackground();
    }

    @Override
    public void postShutdown() {
        try {
            ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
    }
}
