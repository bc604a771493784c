package org.heterostack.ui.internal.analysis;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.ISeriesSet;
import org.eclipse.swtchart.LineStyle;
import org.eclipse.swtchart.Range;
import org.heterostack.model.Series;

/**
 * A line chart (SWTChart) of result series that share their axes, e.g. the reverse and forward J-V scans of a
 * drift-diffusion result. Axis titles carry the quantity and its unit. A series whose key ends in
 * {@value #MEASURED_SUFFIX} (reference data an engine reports beside its model) is drawn as points, not a line.
 */
final class SeriesChart {

    private static final int[] COLORS = { SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_RED, SWT.COLOR_DARK_GREEN,
            SWT.COLOR_DARK_MAGENTA, SWT.COLOR_DARK_CYAN, SWT.COLOR_DARK_YELLOW };

    /** Key suffix of measured reference series. */
    static final String MEASURED_SUFFIX = "_measured";
    private static final double RANGE_MARGIN = 0.03;

    private final Chart chart;

    SeriesChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        show("", List.of());
    }

    /** @return the chart control */
    Chart control() {
        return chart;
    }

    /**
     * Replaces what the chart shows.
     *
     * @param title  the chart title
     * @param series series with the axes of the first one; an empty list clears the chart
     */
    void show(String title, List<Series> series) {
        ISeriesSet set = chart.getSeriesSet();
        for (ISeries<?> old : set.getSeries()) {
            set.deleteSeries(old.getId());
        }
        chart.getTitle().setText(series.isEmpty() ? "Select a result with series" : title);
        if (!series.isEmpty()) {
            Series first = series.get(0);
            chart.getAxisSet().getXAxis(0).getTitle().setText(axis(first.getXName(), first.getXUnit()));
            chart.getAxisSet().getYAxis(0).getTitle().setText(axis(first.getYName(), first.getYUnit()));
        }
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            ILineSeries<?> line = (ILineSeries<?>) set.createSeries(SeriesType.LINE, s.getKey());
            line.setXSeries(values(s.getX()));
            line.setYSeries(values(s.getY()));
            boolean measured = s.getKey().endsWith(MEASURED_SUFFIX);
            line.setSymbolType(measured ? ILineSeries.PlotSymbolType.CIRCLE : ILineSeries.PlotSymbolType.NONE);
            line.setSymbolSize(5);
            line.setSymbolColor(color(i));
            line.setLineStyle(measured ? LineStyle.NONE : LineStyle.SOLID);
            line.setLineWidth(2);
            line.setLineColor(color(i));
        }
        chart.getAxisSet().adjustRange();
        if (!series.isEmpty()) {
            pad(chart.getAxisSet().getXAxis(0));
            pad(chart.getAxisSet().getYAxis(0));
        }
        chart.redraw();
    }

    /** Widens an axis by a few percent on each side, so points at the ends of the data are drawn whole. */
    private static void pad(IAxis axis) {
        Range range = axis.getRange();
        double margin = RANGE_MARGIN * (range.upper - range.lower);
        if (margin > 0) {
            axis.setRange(new Range(range.lower - margin, range.upper + margin));
        }
    }

    /** @return how many series are drawn */
    int seriesCount() {
        return chart.getSeriesSet().getSeries().length;
    }

    private static double[] values(List<Double> list) {
        double[] values = new double[list.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = list.get(i);
        }
        return values;
    }

    private Color color(int index) {
        return chart.getDisplay().getSystemColor(COLORS[index % COLORS.length]);
    }

    private static String axis(String name, String unit) {
        return unit == null || unit.isBlank() || "1".equals(unit) ? name : name + " (" + unit + ")";
    }
}
