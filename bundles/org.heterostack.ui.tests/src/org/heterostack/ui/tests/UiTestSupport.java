package org.heterostack.ui.tests;

import java.io.File;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** What the UI tests share: the active window and page, event-loop spinning and screenshots. */
final class UiTestSupport {

    private UiTestSupport() {
    }

    static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    }

    static IWorkbenchPage page() {
        return window().getActivePage();
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
