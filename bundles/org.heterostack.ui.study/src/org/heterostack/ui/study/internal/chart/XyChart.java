package org.heterostack.ui.study.internal.chart;

import java.util.Arrays;

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
import org.heterostack.ui.study.internal.results.ResultTable;

/**
 * The SWTChart side of {@link StudyChart}: a metric against an axis (lowest, mean and highest per axis value), a
 * scatter of two metrics, or the same scatter with its Pareto front joined and highlighted. Axis titles are the
 * table's headers (with units); a positive metric over more than two decades goes on a logarithmic axis.
 */
final class XyChart {

    private final Chart chart;
    private int[] front = new int[0];

    XyChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
    }

    /** Removes every series and shows a title instead. */
    void clear(String title) {
        reset();
        chart.getTitle().setText(title);
        chart.redraw();
    }

    /**
     * Draws lowest, mean and highest of a metric for each value of an axis.
     *
     * @param table  the candidates
     * @param axis   the axis column
     * @param metric the metric column
     */
    void profile(ResultTable table, int axis, int metric) {
        reset();
        titles(table, axis, metric);
        AxisProfile profile = AxisProfile.of(table, axis, metric);
        chart.getTitle().setText("Lowest, mean and highest by " + table.columns().get(axis));
        if (profile.values().size() < 2) {
            chart.getTitle().setText(table.columns().get(axis) + " has " + profile.values().size()
                    + " value here: nothing to draw against it");
        } else {
            line("highest", profile.max(), SWT.COLOR_DARK_GREEN, LineStyle.DASH);
            line("mean", profile.mean(), SWT.COLOR_DARK_BLUE, LineStyle.SOLID);
            line("lowest", profile.min(), SWT.COLOR_DARK_RED, LineStyle.DASH);
            // the range first: the category axis lays out its labels by index as soon as it is enabled
            IAxis x = xAxis();
            x.setRange(new Range(0, profile.values().size() - 1));
            x.setCategorySeries(profile.values().toArray(String[]::new));
            x.enableCategory(true);
        }
        finish(false);
    }

    /**
     * Draws one point per candidate, and with {@code pareto} the non-dominated ones (both metrics maximised).
     *
     * @param table   the candidates
     * @param xColumn the metric along x
     * @param yColumn the metric along y
     * @param pareto  whether to find and highlight the Pareto front
     */
    void points(ResultTable table, int xColumn, int yColumn, boolean pareto) {
        reset();
        titles(table, xColumn, yColumn);
        int n = table.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int row = 0; row < n; row++) {
            xs[row] = table.number(row, xColumn);
            ys[row] = table.number(row, yColumn);
        }
        scatter("candidates", xs, ys, SWT.COLOR_DARK_GRAY, 3);
        if (pareto) {
            front = ParetoFront.of(xs, ys);
            chart.getTitle().setText("Pareto front: " + front.length + " of " + n + " candidates");
            ILineSeries<?> best = scatter("Pareto front", Arrays.stream(front).mapToDouble(i -> xs[i]).toArray(),
                    Arrays.stream(front).mapToDouble(i -> ys[i]).toArray(), SWT.COLOR_RED, 6);
            best.setLineStyle(LineStyle.SOLID);
            best.setLineWidth(2);
            best.setLineColor(system(SWT.COLOR_RED));
        } else {
            chart.getTitle().setText(n + (n == 1 ? " candidate" : " candidates"));
        }
        finish(true);
    }

    private void reset() {
        ISeriesSet set = chart.getSeriesSet();
        for (ISeries<?> old : set.getSeries()) {
            set.deleteSeries(old.getId());
        }
        front = new int[0];
        xAxis().enableCategory(false);
        xAxis().enableLogScale(false);
        yAxis().enableLogScale(false);
    }

    private void titles(ResultTable table, int xColumn, int yColumn) {
        xAxis().getTitle().setText(table.header(xColumn));
        yAxis().getTitle().setText(table.header(yColumn));
    }

    private void finish(boolean xIsMetric) {
        chart.getAxisSet().adjustRange();
        logIfWide(yAxis(), chart.getSeriesSet(), 1);
        if (xIsMetric) {
            logIfWide(xAxis(), chart.getSeriesSet(), 0);
        }
        pad(xAxis());
        pad(yAxis());
        chart.redraw();
    }

    private void line(String id, double[] values, int color, LineStyle style) {
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        series.setYSeries(values);
        series.setLineColor(system(color));
        series.setLineStyle(style);
        series.setLineWidth(2);
        series.setSymbolColor(system(color));
        series.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
    }

    private ILineSeries<?> scatter(String id, double[] xs, double[] ys, int color, int size) {
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        series.setXSeries(xs);
        series.setYSeries(ys);
        series.setSymbolType(ILineSeries.PlotSymbolType.CIRCLE);
        series.setSymbolSize(size);
        series.setSymbolColor(system(color));
        series.setLineStyle(LineStyle.NONE);
        return series;
    }

    /** A positive metric over more than two decades reads better on a logarithmic axis. */
    private static void logIfWide(IAxis axis, ISeriesSet set, int dimension) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (ISeries<?> series : set.getSeries()) {
            for (double value : dimension == 0 ? series.getXSeries() : series.getYSeries()) {
                if (!Double.isNaN(value)) {
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
            }
        }
        if (low > 0 && high / low > 100) {
            axis.enableLogScale(true);
            axis.adjustRange();
        }
    }

    private static void pad(IAxis axis) {
        if (axis.isLogScaleEnabled() || axis.isCategoryEnabled()) {
            return;
        }
        Range range = axis.getRange();
        double margin = 0.03 * (range.upper - range.lower);
        if (margin > 0) {
            axis.setRange(new Range(range.lower - margin, range.upper + margin));
        }
    }

    private IAxis xAxis() {
        return chart.getAxisSet().getXAxis(0);
    }

    private IAxis yAxis() {
        return chart.getAxisSet().getYAxis(0);
    }

    private Color system(int color) {
        return chart.getDisplay().getSystemColor(color);
    }

    /** @return the SWTChart control */
    Chart chart() {
        return chart;
    }

    /** @return the rows on the Pareto front (empty unless the front was drawn last) */
    int[] front() {
        return front.clone();
    }
}
