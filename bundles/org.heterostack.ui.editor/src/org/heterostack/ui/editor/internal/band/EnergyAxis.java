package org.heterostack.ui.editor.internal.band;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.heterostack.ui.editor.internal.stack.StackPainter;

/**
 * The energy axis of a band diagram: the range of every known level with a margin, rounded to half electronvolts,
 * with a grid line and label every 0.5 eV.
 */
final class EnergyAxis {

    private final double minEv;
    private final double maxEv;
    private final Rectangle plot;

    private EnergyAxis(double minEv, double maxEv, Rectangle plot) {
        this.minEv = minEv;
        this.maxEv = maxEv;
        this.plot = plot;
    }

    static EnergyAxis of(List<BandColumn> columns, Rectangle plot) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (BandColumn c : columns) {
            for (Double level : new Double[] { c.ecEv(), c.evEv(), c.fermiEv() }) {
                if (level != null) {
                    min = Math.min(min, level);
                    max = Math.max(max, level);
                }
            }
        }
        if (min > max) {
            min = -6;
            max = -3;
        }
        return new EnergyAxis(Math.floor((min - 0.4) * 2) / 2, Math.ceil((max + 0.4) * 2) / 2, plot);
    }

    int y(double ev) {
        return plot.y + (int) Math.round((maxEv - ev) / (maxEv - minEv) * plot.height);
    }

    void draw(GC gc, Rectangle area) {
        int h = gc.getFontMetrics().getHeight();
        for (double ev = maxEv; ev >= minEv - 1e-9; ev -= 0.5) {
            int y = y(ev);
            gc.setForeground(BandDiagramPainter.grid());
            gc.drawLine(area.x, y, area.x + area.width, y);
            gc.setForeground(StackPainter.MUTED);
            String text = String.format(Locale.ROOT, "%.1f", ev);
            Point extent = gc.textExtent(text);
            gc.drawText(text, area.x - extent.x - 8, y - h / 2, true);
        }
        gc.setForeground(StackPainter.INK);
        gc.drawLine(area.x, area.y, area.x, area.y + area.height);
        String unit = "E (eV)";
        gc.drawText(unit, area.x - gc.textExtent(unit).x - 8, area.y - h - 14, true);
    }
}
