package org.heterostack.ui.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.GC;
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
 * drift-diffusion result. Axis titles carry the quantity and its unit; the legend names the series. A series whose
 * key ends in {@value #MEASURED_SUFFIX} (reference data an engine reports beside its model) is drawn as points.
 * <p>
 * J-V curves open on the power quadrant (0 V to just beyond the largest open-circuit voltage, 0 to just above the
 * largest short-circuit current density), with Jsc, Voc and the maximum power point marked ({@link JvMarkers}); dark
 * injection beyond open circuit is one "Show All Data" away. The mouse wheel zooms around the pointer, dragging pans,
 * a double-click returns to the opening view ({@link ChartNavigation}).
 */
final class SeriesChart {

    /** Key suffix of measured reference series. */
    static final String MEASURED_SUFFIX = "_measured";
    /** Text of an empty chart. */
    static final String EMPTY_TITLE = "Select a result or a series to plot it";

    private static final int[] COLORS = { SWT.COLOR_DARK_BLUE, SWT.COLOR_DARK_RED, SWT.COLOR_DARK_GREEN,
            SWT.COLOR_DARK_MAGENTA, SWT.COLOR_DARK_CYAN, SWT.COLOR_DARK_YELLOW };
    private static final double RANGE_MARGIN = 0.03;
    /** Head room of the power quadrant above Jsc and beyond Voc, and below J = 0, as fractions. */
    private static final double QUADRANT_HEADROOM = 0.12;
    private static final double QUADRANT_FOOT = 0.08;

    private final Chart chart;
    private final JvMarkers markers;
    private final ChartNavigation navigation;
    private final Font titleFont;
    private List<Series> shown = List.of();
    private String fullTitle = "";

    SeriesChart(Composite parent) {
        chart = new Chart(parent, SWT.NONE);
        Color black = chart.getDisplay().getSystemColor(SWT.COLOR_BLACK);
        chart.setBackground(chart.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        chart.getTitle().setForeground(black);
        titleFont = chart.getTitle().getFont();
        for (IAxis axis : axes()) {
            axis.getTitle().setForeground(black);
            axis.getTick().setForeground(black);
        }
        markers = new JvMarkers(chart);
        navigation = new ChartNavigation(this);
        chart.addListener(SWT.Resize, e -> fitTitle());
        chart.getPlotArea().getControl().addListener(SWT.Resize, e -> fitTitle());
        show("", List.of());
    }

    /**
     * Shortens the title with an ellipsis when it is wider than the plot it is centred over (SWTChart would cut both
     * ends).
     */
    private void fitTitle() {
        int plot = chart.getPlotArea().getControl().getSize().x;
        int room = Math.min(chart.getSize().x - 20, plot > 0 ? plot : Integer.MAX_VALUE);
        GC gc = new GC(chart);
        try {
            gc.setFont(chart.getTitle().getFont());
            String text = fullTitle;
            while (text.length() > 1 && gc.textExtent(text).x > room) {
                text = text.substring(0, text.length() - 1);
            }
            String fitted = text.equals(fullTitle) ? fullTitle : text.strip() + "\u2026";
            if (!fitted.equals(chart.getTitle().getText())) {
                chart.getTitle().setText(fitted);
            }
        } finally {
            gc.dispose();
        }
    }

    /** @return the chart control */
    Chart control() {
        return chart;
    }

    /**
     * Replaces what the chart shows and opens it on its default view ({@link #resetView()}).
     *
     * @param title  the chart title
     * @param series series with the axes of the first one; an empty list clears the chart, axes included
     */
    void show(String title, List<Series> series) {
        ISeriesSet set = chart.getSeriesSet();
        for (ISeries<?> old : set.getSeries()) {
            set.deleteSeries(old.getId());
        }
        shown = List.copyOf(series);
        boolean empty = series.isEmpty();
        fullTitle = empty ? EMPTY_TITLE : title;
        chart.getTitle().setText(fullTitle);
        chart.getTitle().setFont(empty ? chart.getFont() : titleFont);
        chart.getTitle().setForeground(chart.getDisplay().getSystemColor(empty ? SWT.COLOR_DARK_GRAY : SWT.COLOR_BLACK));
        fitTitle();
        chart.getLegend().setVisible(!empty);
        for (IAxis axis : axes()) {
            axis.getTick().setVisible(!empty);
            axis.getGrid().setStyle(empty ? LineStyle.NONE : LineStyle.DOT);
            axis.getTitle().setText("");
        }
        List<JvMarkers.Curve> curves = new ArrayList<>();
        if (!empty) {
            Series first = series.get(0);
            chart.getAxisSet().getXAxis(0).getTitle().setText(ChartText.axis(first.getXName(), first.getXUnit()));
            chart.getAxisSet().getYAxis(0).getTitle().setText(ChartText.axis(first.getYName(), first.getYUnit()));
        }
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            boolean measured = s.getKey().endsWith(MEASURED_SUFFIX);
            ILineSeries<?> line = (ILineSeries<?>) set.createSeries(SeriesType.LINE, s.getKey());
            line.setDescription(ChartText.legend(s));
            line.setXSeries(values(s.getX()));
            line.setYSeries(values(s.getY()));
            line.setSymbolType(measured ? ILineSeries.PlotSymbolType.CIRCLE : ILineSeries.PlotSymbolType.NONE);
            line.setSymbolSize(5);
            line.setSymbolColor(color(i));
            line.setLineStyle(measured ? LineStyle.NONE : LineStyle.SOLID);
            line.setLineWidth(2);
            line.setLineColor(color(i));
            if (!measured && JvPoints.isJv(s)) {
                JvPoints.of(s).ifPresent(p -> curves.add(new JvMarkers.Curve(ChartText.legend(s), p, line.getLineColor())));
            }
        }
        markers.show(curves);
        resetView();
        chart.getDisplay().asyncExec(() -> {
            if (!chart.isDisposed()) {
                fitTitle(); // again once the axes have their new widths
            }
        });
    }

    /**
     * Empties the chart, axes included, and says why.
     *
     * @param message the chart's title instead of a plot
     */
    void clear(String message) {
        show("", List.of());
        fullTitle = message;
        fitTitle();
        chart.redraw();
    }

    /**
     * The opening view: the power quadrant of J-V curves whose Jsc and Voc are known, else all data with a small
     * margin.
     */
    void resetView() {
        Optional<double[]> quadrant = powerQuadrant();
        if (quadrant.isPresent()) {
            double[] q = quadrant.get();
            chart.getAxisSet().getXAxis(0).setRange(new Range(q[0], q[1]));
            chart.getAxisSet().getYAxis(0).setRange(new Range(q[2], q[3]));
            chart.redraw();
        } else {
            showAllData();
        }
    }

    /** Scales the axes to every point of every series (with a small margin). */
    void showAllData() {
        chart.getAxisSet().adjustRange();
        if (!shown.isEmpty()) {
            axes().forEach(SeriesChart::pad);
        }
        chart.redraw();
    }

    /** @return x from, x to, y from, y to of the power quadrant, when a J-V curve has its figures */
    private Optional<double[]> powerQuadrant() {
        List<JvPoints> points = markers.curves().stream().map(JvMarkers.Curve::points).toList();
        if (points.isEmpty()) {
            return Optional.empty();
        }
        double voc = points.stream().mapToDouble(JvPoints::vocV).max().orElseThrow();
        double jsc = points.stream().mapToDouble(JvPoints::jscMaPerCm2).max().orElseThrow();
        for (Series s : shown) {
            if (s.getKey().endsWith(MEASURED_SUFFIX)) {
                voc = Math.max(voc, s.getX().stream().mapToDouble(Double::doubleValue).max().orElse(voc));
                jsc = Math.max(jsc, s.getY().stream().mapToDouble(Double::doubleValue).max().orElse(jsc));
            }
        }
        double vTop = voc * (1 + QUADRANT_HEADROOM);
        return Optional.of(new double[] {-RANGE_MARGIN * vTop, vTop, -QUADRANT_FOOT * jsc, jsc * (1 + QUADRANT_HEADROOM)});
    }

    /** Widens an axis by a few percent on each side, so points at the ends of the data are drawn whole. */
    private static void pad(IAxis axis) {
        Range range = axis.getRange();
        double margin = RANGE_MARGIN * (range.upper - range.lower);
        if (margin > 0) {
            axis.setRange(new Range(range.lower - margin, range.upper + margin));
        }
    }

    /** @return zoom, pan and the plot's context menu */
    ChartNavigation navigation() {
        return navigation;
    }

    /** @return the whole title, of which the chart may show the beginning */
    String title() {
        return fullTitle;
    }

    /** @return the series shown */
    List<Series> series() {
        return shown;
    }

    /** @return the J-V curves whose figures are marked */
    List<JvMarkers.Curve> markedCurves() {
        return markers.curves();
    }

    /** @return how many series are drawn */
    int seriesCount() {
        return chart.getSeriesSet().getSeries().length;
    }

    /** @return the x axis and the y axis */
    List<IAxis> axes() {
        return List.of(chart.getAxisSet().getXAxis(0), chart.getAxisSet().getYAxis(0));
    }

    private static double[] values(List<Double> list) {
        return list.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private Color color(int index) {
        return chart.getDisplay().getSystemColor(COLORS[index % COLORS.length]);
    }
}
