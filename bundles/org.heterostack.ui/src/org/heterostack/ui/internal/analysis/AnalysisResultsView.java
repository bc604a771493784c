package org.heterostack.ui.internal.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Provenance;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.Series;
import org.heterostack.ui.HeterostackWorkbench;

/**
 * The Analysis Results view: the results of the last "Analyze Model" run, one row per analysis with its
 * quantities (value and unit), series and messages below it, a chart of the selected result's series (J-V
 * scans, spectra, profiles) and the selected row in full below. A failed analysis is marked in the tree
 * ({@link ResultLabels}), named in the summary and opened on its messages. Updates itself when a run finishes. Exports the run as JSON and a series as CSV
 * ({@link ExportActions}).
 */
public class AnalysisResultsView extends ViewPart {

    /** The view id. */
    public static final String ID = HeterostackWorkbench.ANALYSIS_RESULTS_VIEW_ID;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final Consumer<AnalysisRecord> listener = record -> {
        if (getViewSite() != null && !getViewSite().getShell().isDisposed()) {
            getViewSite().getShell().getDisplay().asyncExec(() -> show(record));
        }
    };
    private Combo runs;
    private Label summary;
    private Text details;
    private TreeViewer viewer;
    private SeriesChart chart;
    private AnalysisRecord shown;
    private ExportActions exports;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        runs = new Combo(parent, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(runs);
        runs.setToolTipText("The runs of this session, the latest first (each model analysed is a run)");
        runs.addListener(SWT.Selection, e -> {
            List<AnalysisRecord> recent = LatestAnalysis.recent();
            int index = runs.getSelectionIndex();
            if (index >= 0 && index < recent.size()) {
                display(recent.get(index));
            }
        });
        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        SashForm rows = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(rows);
        SashForm sash = new SashForm(rows, SWT.HORIZONTAL);
        viewer = new TreeViewer(sash, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        chart = new SeriesChart(sash);
        sash.setWeights(50, 50);
        details = new Text(rows, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        details.setMessage("Select a row to read it in full here");
        rows.setWeights(84, 16);
        viewer.addSelectionChangedListener(e -> {
            plot(e.getStructuredSelection().getFirstElement());
            details.setText(ResultColumns.details(e.getStructuredSelection().getFirstElement(), shown));
            details.setForeground(e.getStructuredSelection().getFirstElement() instanceof AnalysisResult r
                    && r.getStatus() != ResultStatus.OK ? details.getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null);
            exports.update(shownRecord(), selectedSeries());
        });
        for (int column = 0; column < ResultColumns.TITLES.length; column++) {
            TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(ResultColumns.TITLES[column]);
            c.getColumn().setWidth(ResultColumns.WIDTHS[column]);
            c.setLabelProvider(new ResultLabels(column, () -> shown));
        }
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.setContentProvider(new ResultsContent());
        exports = new ExportActions(this, getViewSite().getActionBars());
        LatestAnalysis.addListener(listener);
        show(LatestAnalysis.get().orElse(null));
    }

    /** Shows a newly published run (or none) and lists the session's runs above it when there are several. */
    private void show(AnalysisRecord record) {
        if (viewer == null || viewer.getTree().isDisposed()) {
            return;
        }
        List<AnalysisRecord> recent = LatestAnalysis.recent();
        runs.setItems(recent.stream().map(AnalysisResultsView::runLabel).toArray(String[]::new));
        runs.select(record == null ? -1 : recent.indexOf(record));
        boolean several = recent.size() > 1;
        runs.setVisible(several);
        ((GridData) runs.getLayoutData()).exclude = !several;
        display(record);
    }

    private static String runLabel(AnalysisRecord record) {
        return String.format(Locale.ROOT, "%s \u2014 %s \u2014 %d analyses, %d failed", record.file(),
                TIME.format(record.finished()), record.results().size(), record.failures());
    }

    private void display(AnalysisRecord record) {
        shown = record;
        chart.show("", List.of());
        if (record == null) {
            summary.setText("No analysis yet: select a .hstack model in the Project Explorer and choose "
                    + "Analysis > Analyze Model (preferred engines: Window > Preferences > Heterostack > Analysis Engines).");
            viewer.setInput(List.of());
        } else {
            summary.setText(summary(record));
            summary.setForeground(record.failures() == 0 ? null
                    : summary.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
            viewer.setInput(record.results());
            failed(record).forEach(r -> viewer.expandToLevel(r, 1));
        }
        exports.update(shownRecord(), selectedSeries());
        summary.getParent().layout(true);
    }

    /**
     * The line above the tree: file, how many analyses and failures, when they ran (for stored results the span of
     * their provenance times, not when they were listed), and which failed, with where to find the messages.
     */
    private static String summary(AnalysisRecord record) {
        String when = record.file().endsWith(ResultMarkers.STORED_SUFFIX) ? storedSpan(record)
                : "finished " + TIME.format(record.finished());
        String text = String.format(Locale.ROOT, "%s \u2014 %d analyses, %d failed \u2014 %s", record.file(),
                record.results().size(), record.failures(), when);
        List<AnalysisResult> failed = failed(record);
        if (failed.isEmpty()) {
            return text;
        }
        return text + "\nFailed: " + failed.stream().map(r -> record.engineName(r) + " on '"
                + ResultColumns.targetName(r) + "'").collect(Collectors.joining(", "))
                + " (the messages are below each, on hover and in the Problems view)";
    }

    private static String storedSpan(AnalysisRecord record) {
        List<Instant> times = record.results().stream().map(AnalysisResult::getProvenance).filter(Objects::nonNull)
                .map(Provenance::getTimestamp).filter(Objects::nonNull).sorted().toList();
        if (times.isEmpty()) {
            return "stored without run times";
        }
        String first = TIME.format(times.get(0));
        String last = TIME.format(times.get(times.size() - 1));
        return first.equals(last) ? "run " + first : "run between " + first + " and " + last;
    }

    private static List<AnalysisResult> failed(AnalysisRecord record) {
        return record.results().stream().filter(r -> r.getStatus() != ResultStatus.OK).toList();
    }

    /**
     * Plots the series of a selected row: a series alone, or every series of a result that shares the axes of its
     * first series (e.g. both J-V scans). Quantities and messages leave the chart as it is.
     */
    private void plot(Object element) {
        if (element instanceof Series series) {
            AnalysisResult owner = (AnalysisResult) series.eContainer();
            chart.show(title(owner) + ": " + ChartText.legend(series), List.of(series));
        } else if (element instanceof AnalysisResult result && result.getStatus() != ResultStatus.OK) {
            chart.clear("Failed \u2014 nothing to plot (the message is below)");
        } else if (element instanceof AnalysisResult result) {
            List<Series> all = result.getSeries();
            List<Series> sameAxes = all.isEmpty() ? List.of() : all.stream().filter(s -> sameAxes(s, all.get(0))).toList();
            chart.show(title(result), sameAxes);
        }
    }

    /** The chart title: the object and the engine's name, as the result's row says. */
    private String title(AnalysisResult result) {
        String engine = shown == null ? result.getEngineId() : shown.engineName(result);
        return result.getTarget() == null ? engine : result.getTarget().getName() + " \u2014 " + engine;
    }

    private static boolean sameAxes(Series a, Series b) {
        return Objects.equals(a.getXName(), b.getXName()) && Objects.equals(a.getYName(), b.getYName())
                && Objects.equals(a.getXUnit(), b.getXUnit()) && Objects.equals(a.getYUnit(), b.getYUnit());
    }

    /** @return how many series the chart draws, for tests */
    public int chartedSeries() {
        return chart.seriesCount();
    }

    /** @return the chart beside the tree */
    SeriesChart chart() {
        return chart;
    }

    /** @return the chart's title, for tests */
    public String chartTitle() {
        return chart.title();
    }

    /** @return the chart's axis titles (x, y), for tests */
    public List<String> chartAxisTitles() {
        return chart.axes().stream().map(a -> a.getTitle().getText()).toList();
    }

    /** @return the chart's axis ranges as {x from, x to, y from, y to}, for tests */
    public double[] chartRanges() {
        return chart.axes().stream().flatMapToDouble(a -> DoubleStream.of(a.getRange().lower,
                a.getRange().upper)).toArray();
    }

    /** @return the figures (Jsc, Voc, MPP) marked on the chart, one line per J-V curve, for tests */
    public List<String> chartFigures() {
        return chart.markedCurves().stream().map(c -> c.name() + ": " + String.join("; ", ChartText.figures(c.points())))
                .toList();
    }

    /** Shows every point of the chart (as its context menu's "Show All Data"). */
    public void showAllChartData() {
        chart.showAllData();
    }

    /**
     * Writes the chart as a PNG picture, as "Export Chart as PNG..." does.
     *
     * @param target the file
     * @throws IOException if it cannot be written
     */
    public void exportChartPng(Path target) throws IOException {
        ChartImage.png(chart, target);
    }

    /**
     * Writes the chart as an SVG drawing, as "Export Chart as SVG..." does.
     *
     * @param target the file
     * @throws IOException if it cannot be written
     */
    public void exportChartSvg(Path target) throws IOException {
        ChartSvg.write(chart, target);
    }

    /** @return whether "Export Chart as PNG..." is enabled */
    public boolean canExportChart() {
        return exports.chartEnabled();
    }

    /** @return the results shown, for tests and other views */
    public List<AnalysisResult> shownResults() {
        Object input = viewer.getInput();
        return input instanceof List<?> list ? list.stream().map(AnalysisResult.class::cast).toList() : List.of();
    }

    /** @return the run the view shows, if any */
    public Optional<AnalysisRecord> shownRecord() {
        return Optional.ofNullable(shown);
    }

    /** @return the series selected in the tree, if a series row is selected */
    public Optional<Series> selectedSeries() {
        return viewer.getStructuredSelection().getFirstElement() instanceof Series s ? Optional.of(s) : Optional.empty();
    }

    /** @return whether "Export Results..." is enabled */
    public boolean canExportResults() {
        return exports.resultsEnabled();
    }

    /** @return whether "Export Series as CSV..." is enabled */
    public boolean canExportSeries() {
        return exports.seriesEnabled();
    }

    /** @return the text below the tree: the selected row in full */
    public String detailsText() {
        return details.getText();
    }

    /** @return the runs listed above the summary (empty unless there are several), the latest first */
    public List<String> runsListed() {
        return runs.getVisible() ? List.of(runs.getItems()) : List.of();
    }

    /**
     * Shows one of the session's runs, as choosing it in the list above the summary does.
     *
     * @param index its index in {@link #runsListed()}
     */
    public void showRun(int index) {
        runs.select(index);
        runs.notifyListeners(SWT.Selection, new Event());
    }

    /** @return the summary line above the tree */
    public String summaryText() {
        return summary.getText();
    }

    /** @return the tree viewer, for tests */
    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        LatestAnalysis.removeListener(listener);
        super.dispose();
    }

    /** Results at the top, their quantities, series, messages and provenance below. */
    private static final class ResultsContent implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return input instanceof List<?> list ? list.toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof AnalysisResult r) {
                List<Object> children = new ArrayList<>(r.getQuantities());
                children.addAll(r.getSeries());
                children.addAll(r.getMessages());
                if (r.getProvenance() != null) {
                    children.add(r.getProvenance());
                }
                return children.toArray();
            }
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof AnalysisResult r && (r.getProvenance() != null
                    || !(r.getQuantities().isEmpty() && r.getSeries().isEmpty() && r.getMessages().isEmpty()));
        }
    }
}
