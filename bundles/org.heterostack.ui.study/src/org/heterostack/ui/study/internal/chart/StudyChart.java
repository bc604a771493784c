package org.heterostack.ui.study.internal.chart;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.heterostack.ui.study.internal.results.ResultTable;

/**
 * Charts of the candidates the results view shows, with the choices of what to draw: with SWTChart ({@link XyChart}) a
 * metric against an axis ({@link AxisProfile}), a scatter of two metrics, or the Pareto front of two metrics that are
 * both maximised (efficiency against T80 lifetime by default) with the front highlighted; a metric over two axes as a
 * heat map ({@link HeatGrid} drawn by {@link HeatMapCanvas}). A metric whose values span more than two decades of
 * positive values is drawn on a logarithmic axis.
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
    private static final String NOTHING_TO_CHART = "No candidates to chart";

    private final XyChart xy;
    private final HeatMapCanvas heat;
    private ResultTable table;
    private List<String> xChoices = List.of();
    private List<String> yChoices = List.of();
    private List<String> metricChoices = List.of();

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
        xy = new XyChart(plots);
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
        List<String> metrics = ChartColumns.metrics(table);
        boolean heatMap = kind() == Kind.HEATMAP;
        xChoices = kind() == Kind.PROFILE || heatMap ? ChartColumns.categories(table) : metrics;
        yChoices = heatMap ? xChoices : metrics;
        metricChoices = metrics;
        x.setItems(xChoices.toArray(String[]::new));
        y.setItems(yChoices.toArray(String[]::new));
        metric.setItems(metricChoices.toArray(String[]::new));
        if (!select(x, xChoices, oldX) && !xChoices.isEmpty()) {
            select(x, xChoices, kind() == Kind.PROFILE || heatMap ? xChoices.get(0)
                    : ChartColumns.preferred(metrics, "pce", 0));
        }
        if (!select(y, yChoices, oldY) && !yChoices.isEmpty()) {
            select(y, yChoices, heatMap ? yChoices.get(Math.min(1, yChoices.size() - 1))
                    : ChartColumns.preferred(metrics, "t80_hours", Math.min(1, metrics.size() - 1)));
        }
        if (!select(metric, metricChoices, oldMetric) && !metrics.isEmpty()) {
            select(metric, metricChoices, ChartColumns.preferred(metrics, "pce", 0));
        }
        visible(metric, heatMap);
        x.getParent().layout(true);
        draw();
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

    /** @return the kind drawn */
    public Kind kind() {
        return Kind.values()[Math.max(0, kind.getSelectionIndex())];
    }

    private void draw() {
        boolean heatMap = kind() == Kind.HEATMAP;
        stack.topControl = heatMap ? heat.control() : xy.chart();
        plots.layout();
        if (table == null || x.getSelectionIndex() < 0 || y.getSelectionIndex() < 0 || table.size() == 0
                || heatMap && metric.getSelectionIndex() < 0) {
            if (heatMap) {
                heat.clear(NOTHING_TO_CHART);
            } else {
                xy.clear(NOTHING_TO_CHART);
            }
            return;
        }
        int xColumn = table.column(xChoices.get(x.getSelectionIndex()));
        int yColumn = table.column(yChoices.get(y.getSelectionIndex()));
        switch (kind()) {
            case HEATMAP -> heat.show(table, xColumn, yColumn, table.column(metricChoices.get(metric
                    .getSelectionIndex())));
            case PROFILE -> xy.profile(table, xColumn, yColumn);
            case SCATTER -> xy.points(table, xColumn, yColumn, false);
            case PARETO -> xy.points(table, xColumn, yColumn, true);
        }
    }

    /** @return the SWTChart control of the metric, scatter and Pareto charts */
    public Chart chart() {
        return xy.chart();
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
        return kind() == Kind.PARETO ? xy.front() : new int[0];
    }
}
