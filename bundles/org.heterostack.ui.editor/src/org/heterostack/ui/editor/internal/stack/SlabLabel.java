package org.heterostack.ui.editor.internal.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.GC;
import org.heterostack.model.Orientation;
import org.heterostack.ui.editor.bridge.FeatureLabels;

/**
 * The label block beside a slab: its name (bold), material and thickness, and for 2D slabs the spacer, phase, n and
 * orientation (with a small glyph of the sheets), and the 2D phases inside a 2D/3D film with where they are.
 */
final class SlabLabel {

    private SlabLabel() {
    }

    static List<String> lines(Slab slab) {
        List<String> lines = new ArrayList<>();
        lines.add(slab.name());
        String thickness = slab.thicknessNm() == null ? "thickness not set" : Thickness.text(slab.thicknessNm());
        lines.add(slab.material().isEmpty() ? thickness : slab.material() + "  \u00b7  " + thickness);
        if (slab.twoD() != null) {
            lines.add(slab.twoD());
        }
        for (Slab.PhaseMark mark : slab.phases()) {
            lines.add("+ " + mark.label() + " at the " + FeatureLabels.literal(mark.placement()).toLowerCase(Locale.ROOT)
                    .replace("bulk mixed", "bulk (mixed)"));
        }
        return lines;
    }

    static void draw(GC gc, int x, int top, int lineHeight, Slab slab, StackPainter.Fonts fonts, boolean selected,
            boolean problem) {
        List<String> lines = lines(slab);
        gc.setFont(fonts.bold());
        gc.setForeground(problem ? StackPainter.PROBLEM : selected ? StackPainter.SELECTION : StackPainter.INK);
        gc.drawText(lines.get(0), x, top, true);
        gc.setFont(fonts.regular());
        for (int i = 1; i < lines.size(); i++) {
            int y = top + i * lineHeight;
            int indent = 0;
            boolean twoDLine = slab.twoD() != null && i == 2;
            if (twoDLine && StackPainter.hatched(slab.orientation())) {
                glyph(gc, x, y + 2, lineHeight - 4, slab.orientation());
                indent = lineHeight + 2;
            }
            gc.setForeground(i == 1 ? StackPainter.INK : StackPainter.MUTED);
            gc.drawText(lines.get(i), x + indent, y, true);
        }
    }

    /** A small square showing how the inorganic sheets lie. */
    private static void glyph(GC gc, int x, int y, int size, Orientation orientation) {
        gc.setForeground(StackPainter.shade(SlabKind.TWO_D.colour(), 0.55));
        gc.drawRectangle(x, y, size, size);
        for (int k = 1; k <= 3; k++) {
            int offset = size * k / 4;
            switch (orientation) {
                case PARALLEL -> gc.drawLine(x + 2, y + offset, x + size - 2, y + offset);
                case VERTICAL -> gc.drawLine(x + offset, y + 2, x + offset, y + size - 2);
                default -> gc.drawLine(x + offset - 2, y + size - 2, x + offset + 2, y + 2);
            }
        }
    }
}
