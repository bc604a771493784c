package org.heterostack.ui.internal.analysis;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ICustomPaintListener;

/**
 * What a device researcher marks on a J-V chart, drawn on the chart's plot area: the V = 0 and J = 0 axes, for every
 * modelled curve its short-circuit point, open-circuit point and maximum power point with the maximum-power
 * rectangle (dotted), the first curve's points labelled Jsc, Voc and MPP, and a box in the empty lower left of the
 * power quadrant with each curve's figures ({@link ChartText#figures}).
 */
final class JvMarkers {

    /**
     * One modelled J-V curve.
     *
     * @param name   its name in the legend
     * @param points its figures
     * @param color  its line colour
     */
    record Curve(String name, JvPoints points, Color color) {
    }

    private static final int MARK = 5;
    private static final int GAP = 6;

    private final Chart chart;
    private List<Curve> curves = List.of();

    JvMarkers(Chart chart) {
        this.chart = chart;
        chart.getPlotArea().addCustomPaintListener(new ICustomPaintListener() {
            @Override
            public void paintControl(PaintEvent e) {
                if (!curves.isEmpty()) {
                    zeroLines(e.gc);
                }
            }

            @Override
            public boolean drawBehindSeries() {
                return true;
            }
        });
        chart.getPlotArea().addCustomPaintListener(e -> {
            if (!curves.isEmpty()) {
                marks(e.gc);
            }
        });
    }

    /** @param marked the curves to mark (none: nothing is drawn) */
    void show(List<Curve> marked) {
        curves = List.copyOf(marked);
    }

    /** @return the curves marked */
    List<Curve> curves() {
        return curves;
    }

    private IAxis x() {
        return chart.getAxisSet().getXAxis(0);
    }

    private IAxis y() {
        return chart.getAxisSet().getYAxis(0);
    }

    private Point at(double v, double j) {
        return new Point(x().getPixelCoordinate(v), y().getPixelCoordinate(j));
    }

    private void zeroLines(GC gc) {
        Point origin = at(0, 0);
        Point size = chart.getPlotArea().getSize();
        gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        gc.setLineWidth(1);
        gc.setLineStyle(SWT.LINE_SOLID);
        gc.drawLine(0, origin.y, size.x, origin.y);
        gc.drawLine(origin.x, 0, origin.x, size.y);
    }

    private void marks(GC gc) {
        gc.setAntialias(SWT.ON);
        gc.setFont(chart.getLegend().getFont());
        int h = gc.getFontMetrics().getHeight();
        int mark = Math.max(MARK, h / 3);
        for (int i = 0; i < curves.size(); i++) {
            Curve curve = curves.get(i);
            JvPoints p = curve.points();
            Point jsc = at(0, p.jscMaPerCm2());
            Point voc = at(p.vocV(), 0);
            Point mpp = at(p.mppV(), p.mppMaPerCm2());
            Point origin = at(0, 0);
            gc.setForeground(curve.color());
            gc.setBackground(curve.color());
            gc.setLineWidth(1);
            gc.setLineStyle(SWT.LINE_DOT);
            gc.drawLine(mpp.x, mpp.y, mpp.x, origin.y);
            gc.drawLine(mpp.x, mpp.y, origin.x, mpp.y);
            gc.setLineStyle(SWT.LINE_SOLID);
            gc.setLineWidth(Math.max(2, mark / 3));
            gc.drawOval(jsc.x - mark, jsc.y - mark, 2 * mark, 2 * mark);
            gc.drawOval(voc.x - mark, voc.y - mark, 2 * mark, 2 * mark);
            gc.fillRectangle(mpp.x - mark, mpp.y - mark, 2 * mark, 2 * mark);
            if (i == 0) {
                gc.drawText("Jsc", jsc.x + mark + GAP, jsc.y - mark - h, true);
                gc.drawText("Voc", voc.x + mark + 2, voc.y + mark, true);
                gc.drawText("MPP", mpp.x + mark + 2, mpp.y - mark - h, true);
            }
        }
        figures(gc);
    }

    /**
     * The figures of every curve, in its colour, in a framed box above the lower left corner of the quadrant; left out
     * when the plot is too small to hold it beside the curves.
     */
    private void figures(GC gc) {
        List<String> lines = new ArrayList<>();
        List<Color> colors = new ArrayList<>();
        for (Curve curve : curves) {
            List<String> text = ChartText.figures(curve.points());
            lines.add(curve.name() + ": " + text.get(0));
            lines.add("    " + text.get(1));
            colors.add(curve.color());
            colors.add(curve.color());
        }
        int h = gc.getFontMetrics().getHeight();
        int width = lines.stream().mapToInt(l -> gc.textExtent(l).x).max().orElse(0);
        Point plot = chart.getPlotArea().getSize();
        if (width + 4 * GAP > plot.x * 0.9 || (lines.size() + 2) * h > plot.y * 0.45) {
            return; // a small chart: the marks and the legend only, the figures would hide the curves
        }
        Point origin = at(0, 0);
        int left = Math.max(origin.x, 0) + 2 * GAP;
        int top = Math.min(origin.y, chart.getPlotArea().getSize().y) - 2 * GAP - lines.size() * h - GAP;
        gc.setBackground(chart.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(left - GAP, top - GAP / 2, width + 2 * GAP, lines.size() * h + GAP);
        gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_GRAY));
        gc.setLineWidth(1);
        gc.drawRectangle(left - GAP, top - GAP / 2, width + 2 * GAP, lines.size() * h + GAP);
        for (int i = 0; i < lines.size(); i++) {
            gc.setForeground(colors.get(i));
            gc.drawText(lines.get(i), left, top + i * h, true);
        }
    }
}
