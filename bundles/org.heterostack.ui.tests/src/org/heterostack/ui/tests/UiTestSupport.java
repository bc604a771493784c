package org.heterostack.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.preference.PreferenceDialog;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.heterostack.examples.ExampleCatalog;
import org.heterostack.ui.internal.project.ExampleProjects;

/**
 * What the UI tests share: the active window and page, the example project, preference pages, event-loop spinning
 * and screenshots.
 */
final class UiTestSupport {

    private UiTestSupport() {
    }

    static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    }

    static IWorkbenchPage page() {
        return window().getActivePage();
    }

    /** The main example project of the workspace, created from the catalogue if it is not there yet. */
    static IProject examples() throws CoreException {
        IProject examples = ResourcesPlugin.getWorkspace().getRoot().getProject(ExampleCatalog.MAIN_PROJECT);
        if (!examples.exists()) {
            ExampleProjects.create(ExampleCatalog.projects().stream()
                    .filter(p -> p.name().equals(ExampleCatalog.MAIN_PROJECT)).findFirst().orElseThrow(),
                    new NullProgressMonitor());
        }
        return examples;
    }

    /** A model file of the main example project, which must exist. */
    static IFile example(String name) throws CoreException {
        IFile file = examples().getFile(name);
        assertTrue(file.exists(), file.toString());
        return file;
    }

    /** Saves a screenshot of the window with a view maximized (restored afterwards) and checks it is not empty. */
    static File screenshotMaximized(IViewPart view, String name) {
        IWorkbenchPartReference reference = page().getReference(view);
        page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
        try {
            File file = screenshot(window().getShell(), name);
            assertTrue(file.length() > 10_000, file + " " + file.length() + " bytes");
            return file;
        } finally {
            page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
        }
    }

    /** Lets a dialog settle, saves its screenshot and checks the image is not empty. */
    static File screenshotOfDialog(Shell shell, String name) {
        spin(300, () -> false);
        File file = screenshot(shell, name);
        assertTrue(file.length() > 5_000, file + " " + file.length() + " bytes");
        return file;
    }

    /** Opens (without blocking) the preference dialog on a page; close it when done. */
    static PreferenceDialog openPreferences(String pageId) {
        PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(window().getShell(), pageId, null, null);
        assertNotNull(dialog, pageId);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    /** Runs the event loop until {@code done} holds or {@code millis} have passed. */
    static void spin(long millis, BooleanSupplier done) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end && !done.getAsBoolean()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        while (display.readAndDispatch()) {
            // drain pending events
        }
    }

    /**
     * Saves what the screen shows inside the shell's bounds as {@code target/screenshots/NAME.png}.
     *
     * @return the file written
     */
    static File screenshot(Shell shell, String name) {
        spin(300, () -> false);
        Display display = shell.getDisplay();
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
        } finally {
            gc.dispose();
        }
        File dir = new File(System.getProperty("heterostack.screenshots", "target/screenshots"));
        dir.mkdirs();
        File file = new File(dir, name + ".png");
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { image.getImageData() };
        loader.save(file.getPath(), SWT.IMAGE_PNG);
        image.dispose();
        return file;
    }
}
