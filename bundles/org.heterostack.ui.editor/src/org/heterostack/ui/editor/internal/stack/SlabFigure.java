package org.heterostack.ui.editor.internal.stack;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.heterostack.model.Orientation;
import org.heterostack.ui.editor.internal.stack.StackGeometry.Band;

/**
 * One slab: filled with its kind's colour; a 2D slab hatched as its inorganic sheets lie (horizontal lines for
 * sheets parallel to the substrate, vertical for perpendicular ones, diagonal for random or oblique); 2D phases of a
 * 2D/3D film drawn where they sit (a band at the top surface or the buried interface, stripes along grain
 * boundaries, speckles in the bulk); a slab without a thickness outlined with dashes.
 */
final class SlabFigure {

    private static final int PHASE_BAND_PX = 5;

    private SlabFigure() {
    }

    static void draw(GC gc, Rectangle stack, Band band, Slab slab, Font font) {
        Rectangle r = new Rectangle(stack.x, band.top(), stack.width, Math.max(1, band.height()));
        gc.setBackground(new Color(slab.kind().colour()));
        gc.fillRectangle(r);
        if (slab.kind() == SlabKind.TWO_D && StackPainter.hatched(slab.orientation())) {
            hatch(gc, r, slab.orientation(), StackPainter.shade(slab.kind().colour(), 0.72));
        }
        for (Slab.PhaseMark mark : slab.phases()) {
            phase(gc, r, mark);
        }
        gc.setForeground(StackPainter.shade(slab.kind().colour(), 0.55));
        gc.setLineStyle(slab.thicknessNm() == null ? SWT.LINE_DASH : SWT.LINE_SOLID);
        gc.drawRectangle(r.x, r.y, r.width - 1, r.height - 1);
        gc.setLineStyle(SWT.LINE_SOLID);
        inner(gc, r, slab, font);
    }

    private static void inner(GC gc, Rectangle r, Slab slab, Font font) {
        gc.setFont(font);
        String text = slab.kind() == SlabKind.TWO_D ? slab.material() : slab.kind().label();
        Point extent = gc.textExtent(text);
        if (r.height < extent.y + 2 || r.width < extent.x + 8) {
            return;
        }
        gc.setForeground(slab.kind().darkFill() ? gc.getDevice().getSystemColor(SWT.COLOR_WHITE) : StackPainter.INK);
        gc.drawText(text, r.x + (r.width - extent.x) / 2, r.y + (r.height - extent.y) / 2, true);
    }

    private static void hatch(GC gc, Rectangle r, Orientation orientation, Color colour) {
        Rectangle clip = gc.getClipping();
        gc.setClipping(r.intersection(clip));
        gc.setForeground(colour);
        switch (orientation) {
            case PARALLEL -> {
                for (int y = r.y + 2; y < r.y + r.height; y += 3) {
                    gc.drawLine(r.x, y, r.x + r.width, y);
                }
            }
            case VERTICAL -> {
                for (int x = r.x + 3; x < r.x + r.width; x += 5) {
                    gc.drawLine(x, r.y, x, r.y + r.height);
                }
            }
            default -> {
                for (int x = r.x - r.height; x < r.x + r.width; x += 6) {
                    gc.drawLine(x, r.y + r.height, x + r.height, r.y);
                }
            }
        }
        gc.setClipping(clip);
    }

    private static void phase(GC gc, Rectangle r, Slab.PhaseMark mark) {
        Color fill = new Color(SlabKind.TWO_D.colour());
        Color line = StackPainter.shade(SlabKind.TWO_D.colour(), 0.72);
        gc.setBackground(fill);
        int band = Math.min(PHASE_BAND_PX, Math.max(2, r.height / 4));
        switch (mark.placement()) {
            case TOP_SURFACE -> patch(gc, new Rectangle(r.x, r.y, r.width, band), mark.orientation(), line);
            case BURIED_INTERFACE -> patch(gc, new Rectangle(r.x, r.y + r.height - band, r.width, band),
                    mark.orientation(), line);
            case GRAIN_BOUNDARIES -> {
                for (int k = 1; k < 6; k++) {
                    int x = r.x + r.width * k / 6 + (k % 2 == 0 ? 7 : -5);
                    patch(gc, new Rectangle(x - 2, r.y, 4, r.height), Orientation.VERTICAL, line);
                }
            }
            case BULK_MIXED -> {
                for (int y = r.y + 4; y < r.y + r.height - 4; y += 9) {
                    for (int x = r.x + 6 + (y / 9 % 2) * 9; x < r.x + r.width - 6; x += 18) {
                        gc.fillRectangle(x, y, 5, 3);
                    }
                }
            }
        }
    }

    private static void patch(GC gc, Rectangle r, Orientation orientation, Color line) {
        gc.fillRectangle(r);
        if (StackPainter.hatched(orientation) && r.height > 3) {
            hatch(gc, r, orientation, line);
        }
    }
}
