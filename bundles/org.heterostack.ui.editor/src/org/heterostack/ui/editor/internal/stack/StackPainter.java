package org.heterostack.ui.editor.internal.stack;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.heterostack.model.Orientation;
import org.heterostack.ui.editor.internal.stack.StackGeometry.Band;

/**
 * Draws a stack as a figure for a slide: title, slabs to scale coloured by kind with 2D slabs hatched by their
 * orientation, a label block per slab (name, material, thickness, the 2D description) with a leader line, the
 * direction light comes from, a scale bar and a legend. Pure drawing: the canvas, tests and the benchmark share it.
 */
public final class StackPainter {

    /** Text and axes. */
    public static final Color INK = new Color(33, 33, 33);
    /** Secondary text. */
    public static final Color MUTED = new Color(110, 110, 110);
    /** The selection. */
    public static final Color SELECTION = new Color(25, 118, 210);
    /** Validation errors. */
    public static final Color PROBLEM = new Color(198, 40, 40);
    private static final Color LIGHT = new Color(230, 150, 0);
    private static final Color LEADER = new Color(170, 170, 170);
    private static final int STACK_TOP_PX = 78;
    private static final int LABEL_GAP_PX = 6;
    private static final int LABELS_BOTTOM_PX = 40;

    /**
     * The fonts of the figure.
     *
     * @param regular labels
     * @param bold    names
     * @param title   the title
     */
    public record Fonts(Font regular, Font bold, Font title) {

        /**
         * The figure fonts derived from the workbench's text font.
         *
         * @param resources where the fonts are created and later released
         * @return the fonts
         */
        public static Fonts create(org.eclipse.jface.resource.ResourceManager resources) {
            org.eclipse.jface.resource.FontDescriptor base = org.eclipse.jface.resource.JFaceResources
                    .getDefaultFontDescriptor();
            return new Fonts(resources.create(base), resources.create(base.setStyle(SWT.BOLD)),
                    resources.create(base.setStyle(SWT.BOLD).increaseHeight(5)));
        }
    }

    /**
     * What to draw besides the stack itself.
     *
     * @param selected       the index of the selected slab, or -1
     * @param problems       indices of slabs with validation errors
     * @param dragHeightPx   while a thickness handle is dragged, the selected slab's new height; else -1
     * @param dragThicknessNm the thickness that height stands for
     */
    public record State(int selected, Set<Integer> problems, int dragHeightPx, double dragThicknessNm) {
        /** Nothing selected, no problems, no drag. */
        public static final State NONE = new State(-1, Set.of(), -1, 0);
    }

    private final Fonts fonts;

    /** @param fonts the fonts to draw with (owned by the caller) */
    public StackPainter(Fonts fonts) {
        this.fonts = fonts;
    }

    /** @return the fonts the figure is drawn with */
    public Fonts fonts() {
        return fonts;
    }

    /**
     * The rectangle the slabs are drawn in, for a drawing area.
     *
     * @param area the whole drawing area
     * @return the stack's rectangle
     */
    public static Rectangle stackArea(Rectangle area) {
        int width = Math.max(120, Math.min(300, area.width * 3 / 10));
        return new Rectangle(area.x + 96, area.y + STACK_TOP_PX, width, Math.max(60, area.height - STACK_TOP_PX - 96));
    }

    /**
     * The height the figure needs so that every label block fits beside the stack above the legend; a shorter
     * canvas scrolls rather than letting labels run into each other and the legend.
     *
     * @param gc       a GC whose font is the figure's regular font
     * @param contents the stack
     * @return the height in pixels
     */
    public static int minimumHeightPx(GC gc, StackContents contents) {
        int lineHeight = gc.getFontMetrics().getHeight() + 1;
        int labels = 0;
        for (Slab slab : contents.slabs()) {
            labels += SlabLabel.lines(slab).size() * lineHeight + LABEL_GAP_PX;
        }
        return STACK_TOP_PX - 8 + labels + LABELS_BOTTOM_PX;
    }

    /**
     * Draws the figure.
     *
     * @param gc       where to draw
     * @param area     the drawing area
     * @param contents the stack
     * @param scale    linear or logarithmic thickness
     * @param state    selection, problems, drag
     * @return the geometry the slabs were drawn with (for hit testing)
     */
    public StackGeometry paint(GC gc, Rectangle area, StackContents contents, StackGeometry.Scale scale, State state) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        Rectangle stack = stackArea(area);
        StackGeometry geometry = new StackGeometry(contents.slabs(), scale, stack.y, stack.height);
        title(gc, area, contents, scale);
        List<Band> bands = geometry.bands();
        Rectangle clip = gc.getClipping();
        for (int i = 0; i < bands.size(); i++) {
            if (visible(clip, bands.get(i).top(), bands.get(i).height())) {
                SlabFigure.draw(gc, stack, bands.get(i), contents.slabs().get(i), fonts.regular());
            }
        }
        if (state.selected() >= 0 && state.selected() < bands.size()) {
            selection(gc, stack, bands.get(state.selected()), state);
        }
        for (int i : state.problems()) {
            if (i < bands.size()) {
                problem(gc, stack, bands.get(i));
            }
        }
        labels(gc, area, stack, contents, bands, state);
        light(gc, stack, contents.lightFromTop());
        scaleBar(gc, stack, geometry, scale, contents);
        legend(gc, area, contents);
        return geometry;
    }

    private void title(GC gc, Rectangle area, StackContents contents, StackGeometry.Scale scale) {
        gc.setForeground(INK);
        gc.setFont(fonts.title());
        gc.drawText(contents.title(), area.x + 20, area.y + 14, true);
        gc.setFont(fonts.regular());
        gc.setForeground(MUTED);
        double total = contents.slabs().stream().mapToDouble(Slab::drawnThicknessNm).sum();
        String layers = contents.slabs().size() + (contents.slabs().size() == 1 ? " layer" : " layers");
        String note = scale == StackGeometry.Scale.LINEAR ? "thickness to scale" : "thickness on a log scale";
        gc.drawText(contents.subtitle() + "  \u00b7  " + layers + "  \u00b7  " + Thickness.text(total) + " in total  \u00b7  "
                + note, area.x + 20, area.y + 14 + gc.getFontMetrics().getHeight() + 10, true);
    }

    private static void selection(GC gc, Rectangle stack, Band band, State state) {
        Band shown = band;
        if (state.dragHeightPx() >= 0) {
            shown = new Band(band.bottom() - state.dragHeightPx(), state.dragHeightPx());
            gc.setLineStyle(SWT.LINE_DASH);
        }
        gc.setForeground(SELECTION);
        gc.setLineWidth(3);
        gc.drawRectangle(stack.x - 2, shown.top() - 2, stack.width + 3, shown.height() + 3);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.setLineWidth(1);
        gc.setBackground(SELECTION);
        gc.fillRoundRectangle(stack.x + stack.width / 2 - 14, shown.top() - 4, 28, 7, 4, 4);
        if (state.dragHeightPx() >= 0) {
            gc.setForeground(SELECTION);
            gc.drawText(Thickness.text(state.dragThicknessNm()), stack.x + stack.width / 2 + 20, shown.top() - 18,
                    true);
        }
    }

    private static void problem(GC gc, Rectangle stack, Band band) {
        gc.setBackground(PROBLEM);
        int size = 12;
        gc.fillOval(stack.x - size - 6, band.middle() - size / 2, size, size);
        gc.setForeground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
        gc.drawText("!", stack.x - size - 6 + 4, band.middle() - size / 2 - 2, true);
    }

    private void labels(GC gc, Rectangle area, Rectangle stack, StackContents contents, List<Band> bands, State state) {
        int lineHeight = gc.getFontMetrics().getHeight() + 1;
        int x = stack.x + stack.width + 40;
        List<Integer> order = new ArrayList<>();
        List<Integer> wanted = new ArrayList<>();
        List<Integer> heights = new ArrayList<>();
        for (int i = bands.size() - 1; i >= 0; i--) {
            int height = SlabLabel.lines(contents.slabs().get(i)).size() * lineHeight;
            order.add(i);
            heights.add(height);
            wanted.add(bands.get(i).middle() - lineHeight / 2);
        }
        List<Integer> tops = LabelColumn.place(wanted, heights, LABEL_GAP_PX, stack.y - 8,
                area.y + area.height - LABELS_BOTTOM_PX);
        Rectangle clip = gc.getClipping();
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            int top = tops.get(k);
            gc.setForeground(LEADER);
            gc.drawLine(stack.x + stack.width + 2, bands.get(i).middle(), x - 6, top + lineHeight / 2);
            if (!visible(clip, top, heights.get(k))) {
                continue; // scrolled out of view: text is the costly part of a frame
            }
            SlabLabel.draw(gc, x, top, lineHeight, contents.slabs().get(i), fonts, i == state.selected(),
                    state.problems().contains(i));
        }
    }

    private static boolean visible(Rectangle clip, int top, int height) {
        return top <= clip.y + clip.height && top + height >= clip.y;
    }

    private static void light(GC gc, Rectangle stack, boolean fromTop) {
        gc.setForeground(LIGHT);
        gc.setBackground(LIGHT);
        gc.setLineWidth(2);
        int tip = fromTop ? stack.y - 4 : stack.y + stack.height + 4;
        int tail = fromTop ? tip - 28 : tip + 28;
        for (int k = 1; k <= 3; k++) {
            int x = stack.x + stack.width * k / 4;
            gc.drawLine(x, tail, x, tip);
            int d = fromTop ? -7 : 7;
            gc.fillPolygon(new int[] { x - 5, tip + d, x + 5, tip + d, x, tip });
        }
        gc.setLineWidth(1);
        String text = "h\u03bd";
        gc.drawText(text, stack.x + stack.width / 4 - gc.textExtent(text).x - 10, Math.min(tip, tail) + 6, true);
    }

    private static void scaleBar(GC gc, Rectangle stack, StackGeometry geometry, StackGeometry.Scale scale,
            StackContents contents) {
        if (scale != StackGeometry.Scale.LINEAR || contents.slabs().isEmpty()) {
            return;
        }
        double total = contents.slabs().stream().mapToDouble(Slab::drawnThicknessNm).sum();
        double pxPerNm = (stack.height - StackGeometry.MIN_HEIGHT_PX * contents.slabs().size()) / total;
        double nm = Thickness.niceStep(60 / Math.max(pxPerNm, 1e-9));
        int length = (int) Math.round(nm * pxPerNm);
        int x = stack.x - 44;
        int bottom = stack.y + length;
        gc.setForeground(INK);
        gc.setLineWidth(2);
        gc.drawLine(x, bottom, x, bottom - length);
        gc.drawLine(x - 4, bottom, x + 4, bottom);
        gc.drawLine(x - 4, bottom - length, x + 4, bottom - length);
        gc.setLineWidth(1);
        String text = Thickness.text(nm);
        gc.drawText(text, x - gc.textExtent(text).x / 2, bottom + 4, true);
    }

    private void legend(GC gc, Rectangle area, StackContents contents) {
        Set<SlabKind> kinds = new LinkedHashSet<>();
        contents.slabs().forEach(s -> kinds.add(s.kind()));
        int x = area.x + 20;
        int y = area.y + area.height - 28;
        gc.setFont(fonts.regular());
        for (SlabKind kind : kinds) {
            gc.setBackground(new Color(kind.colour()));
            gc.fillRectangle(x, y + 3, 14, 12);
            gc.setForeground(INK);
            gc.drawRectangle(x, y + 3, 14, 12);
            gc.drawText(kind.label(), x + 20, y, true);
            x += 20 + gc.textExtent(kind.label()).x + 18;
        }
    }

    /**
     * A darker shade of a colour, for outlines and hatching.
     *
     * @param rgb    the colour
     * @param factor 0..1, the fraction kept
     * @return the shade
     */
    public static Color shade(RGB rgb, double factor) {
        return new Color((int) (rgb.red * factor), (int) (rgb.green * factor), (int) (rgb.blue * factor));
    }

    /** @return whether a 2D orientation is drawn with hatching */
    static boolean hatched(Orientation orientation) {
        return orientation != null && orientation != Orientation.UNKNOWN;
    }
}
