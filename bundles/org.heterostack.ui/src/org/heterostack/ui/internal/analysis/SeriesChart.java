package org.heterostack.ui.internal.analysis;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.ISeriesSet;
import org.heterostack.model.Series;

/**
 * A line chart (SWTChart) of result series that share their axes, e.g. the reverse and forward J-V scans of a
 * drift-diffusion result. Axis titles carry the quantity and its unit.
 */
final class SeriesChart {

    private static final int[] COLORS = { SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_RED, SWT.COLOR_DARK_GREEN,
            SWT.COLOR_DARK_MAGENTA, SWT.COLOR_DARK_CYAN, SWT.COLOR_DARK_YELLOW };

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
            line.setSymbolType(ILineSeries.PlotSymbolType.NONE);
            line.setLineWidth(2);
            line.setLineColor(color(i));
        }
        chart.getAxisSet().adjustRange();
        chart.redraw();
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
