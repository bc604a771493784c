package org.heterostack.ui.study.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.InputStream;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;
import org.heterostack.examples.ExampleCatalog;
import org.heterostack.model.AxisRange;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.ParameterAxis;
import org.heterostack.model.Study;
import org.heterostack.model.io.ModelFiles;

/** What the study UI tests share: scratch projects with example files, event-loop spinning and screenshots. */
final class Workbench {

    private Workbench() {
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /**
     * A fresh project holding copies of example model files (their earlier results deleted with the project).
     *
     * @param name     the project name
     * @param examples file names of the main example project
     */
    static IProject project(String name, String... examples) throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
        if (project.exists()) {
            project.delete(true, true, new NullProgressMonitor());
        }
        project.create(new NullProgressMonitor());
        project.open(new NullProgressMonitor());
        for (String example : examples) {
            copy(example, project.getFile(example));
        }
        return project;
    }

    private static void copy(String example, IFile target) throws Exception {
        ExampleCatalog.ExampleFile file = ExampleCatalog.projects().stream()
                .filter(p -> p.name().equals(ExampleCatalog.MAIN_PROJECT)).flatMap(p -> p.files().stream())
                .filter(f -> f.path().equals(example)).findFirst().orElseThrow(() -> new AssertionError(example));
        try (InputStream in = file.content().openStream()) {
            target.create(in, true, new NullProgressMonitor());
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Adds to a model file a copy of its first study with the absorber thickness (300 to 800 nm) as one more axis.
     *
     * @param file        the model file
     * @param name        the new study's name
     * @param thicknesses the number of thicknesses (the copy has that many times the candidates)
     */
    static void addStudyWithThicknesses(IFile file, String name, int thicknesses) throws Exception {
        java.nio.file.Path path = file.getLocation().toPath();
        HeterostackModel model = ModelFiles.load(path).model();
        Study study = EcoreUtil.copy(model.getStudies().get(0));
        study.setName(name);
        ParameterAxis thickness = HeterostackFactory.eINSTANCE.createParameterAxis();
        thickness.setName("thickness");
        thickness.setPath("layers[absorber].thicknessNm");
        thickness.setUnit("nm");
        thickness.setRange(AxisRange.LINEAR);
        thickness.setFrom(300.0);
        thickness.setTo(800.0);
        thickness.setCount(thicknesses);
        study.getAxes().add(thickness);
        model.getStudies().add(study);
        ModelFiles.save(model, path);
        file.refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());
    }

    /** Runs the event loop without sleeping until {@code done} holds or {@code millis} have passed. */
    static void poll(long millis, BooleanSupplier done) throws InterruptedException {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end && !done.getAsBoolean()) {
            if (!display.readAndDispatch()) {
                Thread.sleep(2);
            }
        }
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

    /** Saves the window with a view or editor maximized (restored afterwards) and checks the image is not empty. */
    static File screenshotMaximized(IWorkbenchPart view, String name) {
        IWorkbenchPartReference reference = page().getReference(view);
        page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
        try {
            return screenshot(view.getSite().getShell(), name);
        } finally {
            page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
        }
    }

    /** Saves what the screen shows inside the shell as {@code target/screenshots/NAME.png}; checks it is not empty. */
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
        assertTrue(file.length() > 5_000, file + " " + file.length() + " bytes");
        return file;
    }
}
