package org.heterostack.ui.editor.internal.band;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.heterostack.ui.editor.internal.stack.StackPainter;

/**
 * Draws a flat-band diagram: one column per layer (equal widths, bottom layer on the left), the conduction-band
 * minimum and valence-band maximum as lines with their energies, electrodes' Fermi levels dashed, the gap shaded in
 * the layer's colour, the band offsets at each interface with the alignment type (I, II, III), and an energy axis
 * relative to the vacuum level.
 */
public final class BandDiagramPainter {

    private static final Color CB = new Color(25, 90, 180);
    private static final Color VB = new Color(190, 40, 40);
    private static final Color GRID = new Color(232, 232, 232);
    private static final Color WANTED = new Color(46, 125, 50);
    private static final Color UNWANTED = new Color(198, 40, 40);
    private static final int ARROW = 24;

    private final StackPainter.Fonts fonts;

    /** @param fonts the fonts (owned by the caller) */
    public BandDiagramPainter(StackPainter.Fonts fonts) {
        this.fonts = fonts;
    }

    /**
     * @param gc       where to draw
     * @param area     the drawing area
     * @param title    e.g. the device's name
     * @param subtitle where the values come from
     * @param columns  bottom layer first
     * @param selected the selected column, or -1
     */
    public void paint(GC gc, Rectangle area, String title, String subtitle, List<BandColumn> columns, int selected) {
        gc.setAntialias(SWT.ON);
        gc.setTextAntialias(SWT.ON);
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(area);
        gc.setFont(fonts.title());
        gc.setForeground(StackPainter.INK);
        gc.drawText(title, area.x + 20, area.y + 14, true);
        gc.setFont(fonts.regular());
        gc.setForeground(StackPainter.MUTED);
        gc.drawText(subtitle, area.x + 20, area.y + 44, true);
        Rectangle plot = new Rectangle(area.x + 80, area.y + 90, Math.max(100, area.width - 110),
                Math.max(100, area.height - 170));
        EnergyAxis axis = EnergyAxis.of(columns, plot);
        axis.draw(gc, plot);
        int width = columns.isEmpty() ? plot.width : plot.width / columns.size();
        for (int i = 0; i < columns.size(); i++) {
            column(gc, plot, axis, columns.get(i), plot.x + i * width, width, i == selected);
        }
        for (int i = 1; i < columns.size(); i++) {
            offsets(gc, axis, columns.get(i - 1), columns.get(i), plot.x + i * width);
        }
        List<CarrierFlow.Flow> flows = CarrierFlow.of(columns);
        for (CarrierFlow.Flow flow : flows) {
            flow(gc, axis, columns.get(flow.interfaceIndex() - 1), columns.get(flow.interfaceIndex()), flow,
                    plot.x + flow.interfaceIndex() * width);
        }
        if (!flows.isEmpty()) {
            gc.setForeground(StackPainter.MUTED);
            gc.drawText(String.format(Locale.ROOT, "e\u207b / h\u207a at each interface, moving away from the absorber: "
                    + "arrow = crosses, bar = stopped by a barrier above %.1f eV%ngreen = what the cell needs "
                    + "(extraction towards its contact, blocking of the other carrier), red = against it",
                    CarrierFlow.BARRIER_EV), plot.x, plot.y + plot.height + 12 + gc.getFontMetrics().getHeight(),
                    SWT.DRAW_DELIMITER | SWT.DRAW_TRANSPARENT);
        }
    }

    /**
     * An electron (just above the lower conduction-band edge, in the conduction band) or a hole (just below the upper
     * valence-band edge) crossing the interface or stopped at it.
     */
    private void flow(GC gc, EnergyAxis axis, BandColumn left, BandColumn right, CarrierFlow.Flow flow, int x) {
        boolean electron = flow.carrier() == CarrierFlow.Carrier.ELECTRON;
        int y = electron ? axis.y(Math.min(left.ecEv(), right.ecEv())) - 14
                : axis.y(Math.max(left.evEv(), right.evEv())) + 14;
        int sign = flow.rightwards() ? 1 : -1;
        int tail = x - sign * ARROW;
        int head = flow.passes() ? x + sign * ARROW : x - sign * 3;
        gc.setForeground(flow.wanted() ? WANTED : UNWANTED);
        gc.setBackground(flow.wanted() ? WANTED : UNWANTED);
        gc.setLineWidth(2);
        gc.drawLine(tail, y, head, y);
        if (flow.passes()) {
            gc.fillPolygon(new int[] {head, y, head - sign * 8, y - 5, head - sign * 8, y + 5});
        } else {
            gc.drawLine(head, y - 7, head, y + 7);
        }
        gc.setLineWidth(1);
        String glyph = electron ? "e\u207b" : "h\u207a";
        Point extent = gc.textExtent(glyph);
        gc.drawText(glyph, sign > 0 ? tail - extent.x - 2 : tail + 2, y - extent.y / 2, true);
    }

    private void column(GC gc, Rectangle plot, EnergyAxis axis, BandColumn column, int x, int width, boolean selected) {
        int inset = Math.min(10, width / 10);
        int left = x + inset;
        int right = x + width - inset;
        if (selected) {
            gc.setBackground(new Color(227, 238, 250));
            gc.fillRectangle(x + 1, plot.y, width - 2, plot.height);
        }
        if (column.hasEdges()) {
            int top = axis.y(column.ecEv());
            int bottom = axis.y(column.evEv());
            gc.setAlpha(90);
            gc.setBackground(new Color(column.kind().colour()));
            gc.fillRectangle(left, top, right - left, bottom - top);
            gc.setAlpha(255);
            level(gc, CB, left, right, top, column.ecEv(), true);
            level(gc, VB, left, right, bottom, column.evEv(), false);
        } else if (column.isElectrode()) {
            int y = axis.y(column.fermiEv());
            gc.setLineStyle(SWT.LINE_DASH);
            gc.setLineWidth(2);
            gc.setForeground(StackPainter.shade(column.kind().colour(), 0.6));
            gc.drawLine(left, y, right, y);
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.setLineWidth(1);
            label(gc, String.format(Locale.ROOT, "E_F %.2f", column.fermiEv()), (left + right) / 2, y - 18);
        } else if (column.ecEv() != null || column.evEv() != null) {
            if (column.ecEv() != null) {
                level(gc, CB, left, right, axis.y(column.ecEv()), column.ecEv(), true);
            }
            if (column.evEv() != null) {
                level(gc, VB, left, right, axis.y(column.evEv()), column.evEv(), false);
            }
            gc.setForeground(StackPainter.MUTED);
            label(gc, column.ecEv() == null ? "no EA" : "no IE", (left + right) / 2, plot.y + plot.height / 2);
        } else {
            gc.setForeground(StackPainter.MUTED);
            label(gc, "no band", (left + right) / 2, plot.y + plot.height / 2 - 16);
            label(gc, "edges", (left + right) / 2, plot.y + plot.height / 2);
        }
        gc.setFont(selected ? fonts.bold() : fonts.regular());
        gc.setForeground(selected ? StackPainter.SELECTION : StackPainter.INK);
        label(gc, fit(gc, column.name(), width - 4), x + width / 2, plot.y + plot.height + 8);
        gc.setFont(fonts.regular());
    }

    private void level(GC gc, Color colour, int left, int right, int y, double ev, boolean above) {
        gc.setForeground(colour);
        gc.setLineWidth(3);
        gc.drawLine(left, y, right, y);
        gc.setLineWidth(1);
        int h = gc.getFontMetrics().getHeight();
        label(gc, String.format(Locale.ROOT, "%.2f", ev), (left + right) / 2, above ? y - h - 2 : y + 3);
    }

    private void offsets(GC gc, EnergyAxis axis, BandColumn lower, BandColumn upper, int x) {
        String type = BandDiagramModel.alignment(lower, upper);
        if (type == null) {
            return;
        }
        int lineTop = axis.y(Math.max(lower.ecEv(), upper.ecEv())) - 6;
        int lineBottom = axis.y(Math.min(lower.evEv(), upper.evEv())) + 6;
        gc.setForeground(StackPainter.INK);
        gc.setLineStyle(SWT.LINE_DOT);
        gc.drawLine(x, lineTop, x, lineBottom);
        gc.setLineStyle(SWT.LINE_SOLID);
        int h = gc.getFontMetrics().getHeight();
        double dEc = upper.ecEv() - lower.ecEv();
        double dEv = upper.evEv() - lower.evEv();
        gc.setForeground(CB); // the offsets sit at the ends of the interface line, never across it
        label(gc, String.format(Locale.ROOT, "\u0394Ec %+.2f", dEc), x, lineTop - h - 2);
        gc.setForeground(VB);
        label(gc, String.format(Locale.ROOT, "\u0394Ev %+.2f", dEv), x, lineBottom + 2);
        int yc = (axis.y(lower.ecEv()) + axis.y(upper.ecEv())) / 2;
        int yv = (axis.y(lower.evEv()) + axis.y(upper.evEv())) / 2;
        gc.setFont(fonts.bold());
        gc.setForeground(StackPainter.INK);
        tag(gc, "type " + type, x, (yc + yv) / 2 - gc.getFontMetrics().getHeight() / 2);
        gc.setFont(fonts.regular());
    }

    /** A label on a white tag, so that the line it sits on does not run through its letters. */
    private static void tag(GC gc, String text, int centreX, int top) {
        Point extent = gc.textExtent(text);
        gc.setBackground(gc.getDevice().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRoundRectangle(centreX - extent.x / 2 - 4, top - 1, extent.x + 8, extent.y + 2, 6, 6);
        gc.drawText(text, centreX - extent.x / 2, top, true);
    }

    private static void label(GC gc, String text, int centreX, int top) {
        Point extent = gc.textExtent(text);
        gc.drawText(text, centreX - extent.x / 2, top, true);
    }

    private static String fit(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        String shortened = text;
        while (shortened.length() > 1 && gc.textExtent(shortened + "\u2026").x > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "\u2026";
    }

    /** @return the colour of grid lines */
    static Color grid() {
        return GRID;
    }
}
