package org.heterostack.ui.editor.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.Transform;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.FileDialog;
import org.heterostack.model.io.AtomicFiles;

/**
 * A drawing of the editor (the stack, the band diagram) as a PNG picture for a slide: painted again by the same
 * painter at {@value #SCALE} times the canvas's size (fonts and lines scaled, not the pixels), on white. Each canvas
 * gets a context menu "Export Picture as PNG...".
 */
public final class CanvasPicture {

    /** How many picture pixels per canvas pixel. */
    public static final int SCALE = 2;

    private CanvasPicture() {
    }

    /**
     * Paints a drawing into a picture.
     *
     * @param canvas  the canvas whose size (and display) the picture takes
     * @param painter paints onto a GC within a rectangle of the canvas's size
     * @return the picture, {@value #SCALE} times the canvas's size
     */
    public static ImageData render(Canvas canvas, BiConsumer<GC, Rectangle> painter) {
        Point size = canvas.getSize();
        int width = Math.max(1, size.x);
        int height = Math.max(1, size.y);
        Image image = new Image(canvas.getDisplay(), width * SCALE, height * SCALE);
        GC gc = new GC(image);
        Transform scale = new Transform(canvas.getDisplay());
        try {
            gc.setAntialias(SWT.ON);
            gc.setTextAntialias(SWT.ON);
            gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WHITE));
            gc.fillRectangle(0, 0, width * SCALE, height * SCALE);
            scale.scale(SCALE, SCALE);
            gc.setTransform(scale);
            painter.accept(gc, new Rectangle(0, 0, width, height));
            return image.getImageData();
        } finally {
            scale.dispose();
            gc.dispose();
            image.dispose();
        }
    }

    /**
     * Writes a drawing as PNG, atomically (a failed write leaves an existing file as it was).
     *
     * @param canvas  the canvas
     * @param painter its painter
     * @param target  the file
     * @throws IOException if it cannot be written
     */
    public static void png(Canvas canvas, BiConsumer<GC, Rectangle> painter, Path target) throws IOException {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] {render(canvas, painter)};
        AtomicFiles.write(target, out -> loader.save(out, SWT.IMAGE_PNG));
    }

    /**
     * Gives a canvas the context menu "Export Picture as PNG...".
     *
     * @param canvas   the canvas
     * @param painter  its painter
     * @param fileName the file name the dialog proposes
     */
    public static void addMenu(Canvas canvas, BiConsumer<GC, Rectangle> painter, Supplier<String> fileName) {
        MenuManager menu = new MenuManager();
        menu.add(new Action("Export Picture as PNG...") {
            @Override
            public void run() {
                FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
                dialog.setFilterExtensions(new String[] {"*.png", "*.*"});
                dialog.setFileName(fileName.get());
                dialog.setOverwrite(true);
                String chosen = dialog.open();
                if (chosen == null) {
                    return;
                }
                try {
                    png(canvas, painter, Path.of(chosen));
                } catch (IOException | RuntimeException e) {
                    MessageDialog.openError(canvas.getShell(), "Export failed", chosen
                            + " could not be written (no file was changed): " + e.getMessage());
                }
            }
        });
        canvas.setMenu(menu.createContextMenu(canvas));
        canvas.addListener(SWT.Dispose, e -> menu.dispose());
    }
}
