package org.heterostack.ui.study.internal.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
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
 * Charts of the candidates the results view shows: with SWTChart a metric against an axis ({@link AxisProfile}), a
 * scatter of two metrics, or the Pareto front of two metrics that are both maximised (efficiency against T80
 * lifetime by default) with the front highlighted; a metric over two axes as a heat map ({@link HeatGrid} drawn by
 * {@link HeatMapCanvas}). A metric whose values span more than two decades of positive values is drawn on a
 * logarithmic axis.
 */
public final class StudyChart {

    /** What the chart draws. */
    public enum Kind {
        /** lowest, mean and highest value of a metric for each value of an axis */
        PROFILE("Metric against axis"),
        /** one point per candidate */
        SCATTER("Scatter"),
        /** one point per candidate, the non-dominated ones joined and highlighted */
        PARETO("Pareto front"),
        /** the highest value of a metric for each pair of values of two axes */
        HEATMAP("Heat map");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** @return the name the chart's kind list shows */
        public String label() {
            return label;
        }
    }

    private final Combo kind;
    private final Combo x;
    private final Combo y;
    private final Combo metric;
    private final Composite plots;
    private final StackLayout stack = new StackLayout();
    private final Chart chart;
    private final HeatMapCanvas heat;
    private ResultTable table;
    private List<String> xChoices = List.of();
    private List<String> yChoices = List.of();
    private List<String> metricChoices = List.of();
    private int[] front = new int[0];

    /** @param parent where the chart and its choices go */
    public StudyChart(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        // two rows of choices: the kind and a heat map's metric, then what goes along x and y
        area.setLayout(new GridLayout(4, false));
        kind = combo(area, "Chart:");
        kind.setItems(Arrays.stream(Kind.values()).map(Kind::label).toArray(String[]::new));
        kind.select(Kind.PARETO.ordinal());
        metric = combo(area, "colour:");
        x = combo(area, "x:");
        y = combo(area, "y:");
        plots = new Composite(area, SWT.NONE);
        plots.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        plots.setLayout(stack);
        chart = new Chart(plots, SWT.NONE);
        heat = new HeatMapCanvas(plots);
        kind.addListener(SWT.Selection, e -> choicesChanged());
        x.addListener(SWT.Selection, e -> draw());
        y.addListener(SWT.Selection, e -> draw());
        metric.addListener(SWT.Selection, e -> draw());
        draw();
    }

    private static Combo combo(Composite parent, String label) {
        Label text = new Label(parent, SWT.NONE);
        text.setText(label);
        text.setLayoutData(new GridData(SWT.BEGINNING, SWT.CENTER, false, false));
        Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return combo;
    }

    /**
     * Draws the candidates of a table (the chosen kind and columns kept where the table has them).
     *
     * @param results the results shown
     */
    public void setTable(ResultTable results) {
        this.table = results;
        choicesChanged();
    }

    /**
     * @param chartKind what to draw
     * @param xColumn   the column along x (an axis for {@link Kind#PROFILE}, else a metric)
     * @param yColumn   the metric along y
     */
    public void show(Kind chartKind, String xColumn, String yColumn) {
        show(chartKind, xColumn, yColumn, null);
    }

    /**
     * @param chartKind    what to draw
     * @param xColumn      the column along x (an axis for {@link Kind#PROFILE} and {@link Kind#HEATMAP}, else a metric)
     * @param yColumn      the column along y (an axis for {@link Kind#HEATMAP}, else a metric)
     * @param metricColumn the metric a heat map's colours show (null: as it is)
     */
    public void show(Kind chartKind, String xColumn, String yColumn, String metricColumn) {
        kind.select(chartKind.ordinal());
        choicesChanged();
        select(x, xChoices, xColumn);
        select(y, yChoices, yColumn);
        select(metric, metricChoices, metricColumn);
        draw();
    }

    private void choicesChanged() {
        String oldX = x.getSelectionIndex() < 0 ? null : xChoices.get(x.getSelectionIndex());
        String oldY = y.getSelectionIndex() < 0 ? null : yChoices.get(y.getSelectionIndex());
        String oldMetric = metric.getSelectionIndex() < 0 ? null : metricChoices.get(metric.getSelectionIndex());
        List<String> metrics = table == null ? List.of() : metrics(table);
        boolean heatMap = kind() == Kind.HEATMAP;
        xChoices = kind() == Kind.PROFILE || heatMap ? categories(table) : metrics;
        yChoices = heatMap ? xChoices : metrics;
        metricChoices = metrics;
        x.setItems(xChoices.toArray(String[]::new));
        y.setItems(yChoices.toArray(String[]::new));
        metric.setItems(metricChoices.toArray(String[]::new));
        if (!select(x, xChoices, oldX) && !xChoices.isEmpty()) {
            select(x, xChoices, kind() == Kind.PROFILE || heatMap ? xChoices.get(0) : preferred(metrics, "pce", 0));
        }
        if (!select(y, yChoices, oldY) && !yChoices.isEmpty()) {
            select(y, yChoices, heatMap ? yChoices.get(Math.min(1, yChoices.size() - 1))
                    : preferred(metrics, "t80_hours", Math.min(1, metrics.size() - 1)));
        }
        if (!select(metric, metricChoices, oldMetric) && !metrics.isEmpty()) {
            select(metric, metricChoices, preferred(metrics, "pce", 0));
        }
        visible(metric, heatMap);
        x.getParent().layout(true);
        draw();
    }

    /** The metric of that name, else the first whose name starts with its first word, else the one at an index. */
    private static String preferred(List<String> metrics, String name, int otherwise) {
        String prefix = name.split("_")[0];
        return metrics.contains(name) ? name : metrics.stream().filter(m -> m.startsWith(prefix)).findFirst()
                .orElse(metrics.get(otherwise));
    }

    /** Shows or hides a combo and its label (their place kept). */
    private static void visible(Combo combo, boolean shown) {
        Control label = combo.getParent().getChildren()[Arrays.asList(combo.getParent().getChildren()).indexOf(combo)
                - 1];
        label.setVisible(shown);
        combo.setVisible(shown);
    }

    private static boolean select(Combo combo, List<String> choices, String column) {
        int index = column == null ? -1 : choices.indexOf(column);
        if (index >= 0) {
            combo.select(index);
        }
        return index >= 0;
    }

    private static List<String> metrics(ResultTable table) {
        List<String> metrics = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            for (int row = 0; row < table.size(); row++) {
                Object value = table.value(row, c);
                if (value != null) {
                    if (value instanceof Number) {
                        metrics.add(table.columns().get(c));
                    }
                    break;
                }
            }
        }
        return metrics;
    }

    private static List<String> categories(ResultTable table) {
        if (table == null) {
            return List.of();
        }
        List<String> metrics = metrics(table);
        return table.columns().stream().filter(c -> !metrics.contains(c) && !c.equals("candidate")
                && !c.equals("store")).toList();
    }

    /** @return the kind drawn */
    public Kind kind() {
        return Kind.values()[Math.max(0, kind.getSelectionIndex())];
    }

    private void draw() {
        if (kind() == Kind.HEATMAP) {
            drawHeatMap();
            return;
        }
        stack.topControl = chart;
        plots.layout();
        ISeriesSet set = chart.getSeriesSet();
        for (ISeries<?> old : set.getSeries()) {
            set.deleteSeries(old.getId());
        }
        front = new int[0];
        IAxis xAxis = chart.getAxisSet().getXAxis(0);
        IAxis yAxis = chart.getAxisSet().getYAxis(0);
        xAxis.enableCategory(false);
        xAxis.enableLogScale(false);
        yAxis.enableLogScale(false);
        if (table == null || x.getSelectionIndex() < 0 || y.getSelectionIndex() < 0 || table.size() == 0) {
            chart.getTitle().setText("No candidates to chart");
            chart.redraw();
            return;
        }
        int xColumn = table.column(xChoices.get(x.getSelectionIndex()));
        int yColumn = table.column(yChoices.get(y.getSelectionIndex()));
        xAxis.getTitle().setText(table.header(xColumn));
        yAxis.getTitle().setText(table.header(yColumn));
        if (kind() == Kind.PROFILE) {
            profile(xColumn, yColumn);
        } else {
            points(xColumn, yColumn);
        }
        chart.getAxisSet().adjustRange();
        logIfWide(yAxis, set, 1);
        if (kind() != Kind.PROFILE) {
            logIfWide(xAxis, set, 0);
        }
        pad(xAxis);
        pad(yAxis);
        chart.redraw();
    }

    private void drawHeatMap() {
        stack.topControl = heat.control();
        plots.layout();
        if (table == null || x.getSelectionIndex() < 0 || y.getSelectionIndex() < 0
                || metric.getSelectionIndex() < 0 || table.size() == 0) {
            heat.clear("No candidates to chart");
            return;
        }
        int xColumn = table.column(xChoices.get(x.getSelectionIndex()));
        int yColumn = table.column(yChoices.get(y.getSelectionIndex()));
        int metricColumn = table.column(metricChoices.get(metric.getSelectionIndex()));
        heat.show(table, xColumn, yColumn, metricColumn);
    }

    private void profile(int axis, int metric) {
        AxisProfile profile = AxisProfile.of(table, axis, metric);
        chart.getTitle().setText("Lowest, mean and highest by " + table.columns().get(axis));
        if (profile.values().size() < 2) {
            chart.getTitle().setText(table.columns().get(axis) + " has " + profile.values().size()
                    + " value here: nothing to draw against it");
            return;
        }
        line("highest", profile.max(), SWT.COLOR_DARK_GREEN, LineStyle.DASH);
        line("mean", profile.mean(), SWT.COLOR_DARK_BLUE, LineStyle.SOLID);
        line("lowest", profile.min(), SWT.COLOR_DARK_RED, LineStyle.DASH);
        // the range first: the category axis lays out its labels by index as soon as it is enabled
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.setRange(new Range(0, profile.values().size() - 1));
        x.setCategorySeries(profile.values().toArray(String[]::new));
        x.enableCategory(true);
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

    private void points(int xColumn, int yColumn) {
        int n = table.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int row = 0; row < n; row++) {
            xs[row] = table.number(row, xColumn);
            ys[row] = table.number(row, yColumn);
        }
        ILineSeries<?> all = scatter("candidates", xs, ys, SWT.COLOR_DARK_GRAY, 3);
        all.setLineStyle(LineStyle.NONE);
        if (kind() == Kind.PARETO) {
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

    private Color system(int color) {
        return chart.getDisplay().getSystemColor(color);
    }

    /** @return the chart control */
    public Chart chart() {
        return chart;
    }

    /** @return the heat map */
    public HeatMapCanvas heatMap() {
        return heat;
    }

    /** @return the composite holding the choices and the chart */
    public Composite control() {
        return kind.getParent();
    }

    /** @return the rows of the table on the Pareto front (empty unless the Pareto front is drawn) */
    public int[] front() {
        return front.clone();
    }
}
