package org.heterostack.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.ui.editor.internal.stack.StackContents;
import org.heterostack.ui.editor.internal.stack.StackGeometry;
import org.heterostack.ui.editor.internal.stack.StackPainter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Redraw time of the stack canvas for a 200-layer device (a superlattice-like stack), linear and logarithmic: the
 * canvas as tall as its labels need (as the editor's scrolled page makes it), one frame being the repaint of a
 * 1400 x 900 pixel view of it, drawn off screen. Goal: under 16 ms a frame (60 frames per second).
 */
@Tag("bench")
class StackCanvasBenchmark {

    private static final int LAYERS = 200;
    private static final int FRAMES = 60;

    @Test
    void redraw200Layers() {
        Device device = HeterostackFactory.eINSTANCE.createDevice();
        device.setName("superlattice");
        LayerRole[] roles = { LayerRole.ETL, LayerRole.ABSORBER, LayerRole.PASSIVATION_2D, LayerRole.HTL };
        for (int i = 0; i < LAYERS; i++) {
            Layer layer = HeterostackFactory.eINSTANCE.createLayer();
            layer.setName("layer " + i);
            layer.setRole(roles[i % roles.length]);
            layer.setThicknessNm(5.0 + (i % 7) * 40.0);
            device.getLayers().add(layer);
        }
        StackContents contents = StackContents.of(device);
        assertEquals(LAYERS, contents.slabs().size());
        Display display = Display.getCurrent();
        Font regular = JFaceResources.getDefaultFont();
        StackPainter painter = new StackPainter(new StackPainter.Fonts(regular, JFaceResources.getBannerFont(),
                JFaceResources.getHeaderFont()));
        Rectangle view = new Rectangle(0, 0, 1400, 900);
        Image image = new Image(display, view.width, view.height);
        GC gc = new GC(image);
        try {
            gc.setFont(regular);
            // the canvas is as tall as its 200 label blocks need and scrolls; a frame repaints the 1400 x 900 view
            Rectangle area = new Rectangle(0, 0, view.width, Math.max(view.height,
                    StackPainter.minimumHeightPx(gc, contents)));
            gc.setClipping(view);
            for (StackGeometry.Scale scale : StackGeometry.Scale.values()) {
                painter.paint(gc, area, contents, scale, StackPainter.State.NONE);
                long start = System.nanoTime();
                for (int i = 0; i < FRAMES; i++) {
                    painter.paint(gc, area, contents, scale, new StackPainter.State(i % LAYERS,
                            java.util.Set.of(), -1, 0));
                }
                double ms = (System.nanoTime() - start) / 1e6 / FRAMES;
                System.out.printf("BENCH stack canvas redraw, %d layers, %s: %.2f ms per frame (goal < 16 ms)%n",
                        LAYERS, scale.name().toLowerCase(java.util.Locale.ROOT), ms);
            }
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
