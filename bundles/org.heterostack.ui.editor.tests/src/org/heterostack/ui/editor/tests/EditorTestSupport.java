package org.heterostack.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.heterostack.examples.ExampleCatalog;
import org.heterostack.ui.editor.internal.HeterostackEditor;

/** What the editor tests share: a project with copies of the examples, opening editors, the event loop, screenshots. */
final class EditorTestSupport {

    static final String PROJECT = "editor-tests";

    private EditorTestSupport() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /**
     * A fresh copy of an example model in the test project (replacing an earlier copy), so that each test edits
     * its own file.
     */
    static IFile freshExample(String example, String copyName) throws Exception {
        ExampleCatalog.ExampleFile source = ExampleCatalog.projects().stream().flatMap(p -> p.files().stream())
                .filter(f -> f.path().endsWith(example)).findFirst().orElseThrow();
        try (InputStream in = source.content().openStream()) {
            return write(copyName, in.readAllBytes());
        }
    }

    /** A copy of an example model in a new temporary folder, for tests without the workspace. */
    static java.nio.file.Path exampleCopy(String example) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory("editor-test").resolve(example);
        ExampleCatalog.ExampleFile source = ExampleCatalog.projects().stream().flatMap(p -> p.files().stream())
                .filter(f -> f.path().endsWith(example)).findFirst().orElseThrow();
        try (InputStream in = source.content().openStream()) {
            java.nio.file.Files.write(file, in.readAllBytes());
        }
        return file;
    }

    /** Writes (or replaces) a file of the test project. */
    static IFile write(String name, byte[] content) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(new NullProgressMonitor());
        }
        if (!project.isOpen()) {
            project.open(new NullProgressMonitor());
        }
        IFile file = project.getFile(name);
        if (file.exists()) {
            file.setContents(new ByteArrayInputStream(content), IResource.FORCE, new NullProgressMonitor());
        } else {
            file.create(new ByteArrayInputStream(content), true, new NullProgressMonitor());
        }
        return file;
    }

    static String text(IFile file) throws Exception {
        file.refreshLocal(IResource.DEPTH_ZERO, null);
        try (InputStream in = file.getContents()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Opens a file as a double-click in the Project Explorer does: in its default editor. */
    static HeterostackEditor open(IFile file) throws PartInitException {
        HeterostackEditor editor = (HeterostackEditor) IDE.openEditor(page(), file, true);
        spin(200, () -> false);
        return editor;
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

    /** Saves a screenshot with a part maximized (restored afterwards), as a figure for a slide. */
    static File screenshotMaximized(org.eclipse.ui.IWorkbenchPart part, String name) {
        org.eclipse.ui.IWorkbenchPartReference reference = page().getReference(part);
        page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
        try {
            return screenshot(name);
        } finally {
            page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
        }
    }

    /** Saves what the screen shows inside the workbench window as {@code target/screenshots/NAME.png}. */
    static File screenshot(String name) {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        spin(400, () -> false);
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
        assertTrue(file.length() > 10_000, file + " " + file.length() + " bytes");
        return file;
    }
}
