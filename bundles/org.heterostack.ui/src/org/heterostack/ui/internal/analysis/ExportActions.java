package org.heterostack.ui.internal.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.heterostack.model.Series;

/**
 * The Analysis Results view's export actions: "Export Results..." (the shown run as JSON, in the toolbar and the
 * view menu), "Export Series as CSV..." (the selected series, in the view menu), "Export Chart as PNG..." (the
 * chart at a slide's resolution) and "Export Chart as SVG..." (both in the view menu and the chart's context menu).
 * Each asks for a file, then writes it atomically; a failure is shown and changes no file.
 */
final class ExportActions {

    private final AnalysisResultsView view;
    private final Action results;
    private final Action series;
    private final Action chartPng;
    private final Action chartSvg;

    ExportActions(AnalysisResultsView view, IActionBars bars) {
        this.view = view;
        results = new Action("Export Results...") {
            @Override
            public void run() {
                view.shownRecord().ifPresent(ExportActions.this::exportResults);
            }
        };
        results.setToolTipText("Export the shown results as JSON (the keys of heterostack analyze --json)");
        results.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
                .getImageDescriptor(ISharedImages.IMG_ETOOL_SAVEAS_EDIT));
        series = new Action("Export Series as CSV...") {
            @Override
            public void run() {
                view.selectedSeries().ifPresent(ExportActions.this::exportSeries);
            }
        };
        series.setToolTipText("Export the selected series as two CSV columns with their units");
        chartPng = new Action("Export Chart as PNG...") {
            @Override
            public void run() {
                exportChart("png", ChartImage::png);
            }
        };
        chartPng.setToolTipText("Export the chart as a " + ChartImage.WIDTH + " x " + ChartImage.HEIGHT
                + " PNG picture for a slide");
        chartSvg = new Action("Export Chart as SVG...") {
            @Override
            public void run() {
                exportChart("svg", ChartSvg::write);
            }
        };
        chartSvg.setToolTipText("Export the chart as an SVG drawing (scales without loss on slides and in papers)");
        IToolBarManager toolbar = bars.getToolBarManager();
        toolbar.add(results);
        bars.getMenuManager().add(results);
        bars.getMenuManager().add(series);
        bars.getMenuManager().add(chartPng);
        bars.getMenuManager().add(chartSvg);
        view.chart().navigation().menu().add(chartPng);
        view.chart().navigation().menu().add(chartSvg);
        update(Optional.empty(), Optional.empty());
    }

    private void exportResults(AnalysisRecord record) {
        Optional<Path> path = ask("*.json", baseName(record.file()) + "-results.json");
        path.ifPresent(p -> write(p, () -> ResultExport.json(record, p)));
    }

    private void exportSeries(Series selected) {
        Optional<Path> path = ask("*.csv", selected.getKey() + ".csv");
        path.ifPresent(p -> write(p, () -> ResultExport.csv(selected, p)));
    }

    private void exportChart(String extension, ChartWriter writer) {
        SeriesChart chart = view.chart();
        if (chart.series().isEmpty()) {
            return;
        }
        Optional<Path> path = ask("*." + extension, chart.series().get(0).getKey() + "." + extension);
        path.ifPresent(p -> write(p, () -> writer.write(chart, p)));
    }

    /** Enables the actions for what the view shows, what is selected and what the chart plots. */
    void update(Optional<AnalysisRecord> shown, Optional<Series> selected) {
        results.setEnabled(shown.filter(r -> !r.results().isEmpty()).isPresent());
        series.setEnabled(selected.isPresent());
        chartPng.setEnabled(!view.chart().series().isEmpty());
        chartSvg.setEnabled(chartPng.isEnabled());
    }

    /** @return whether "Export Results..." is enabled, for tests */
    boolean resultsEnabled() {
        return results.isEnabled();
    }

    /** @return whether "Export Chart as PNG..." is enabled, for tests */
    boolean chartEnabled() {
        return chartPng.isEnabled();
    }

    /** @return whether "Export Series as CSV..." is enabled, for tests */
    boolean seriesEnabled() {
        return series.isEnabled();
    }

    private Optional<Path> ask(String extension, String name) {
        FileDialog dialog = new FileDialog(shell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] {extension, "*.*"});
        dialog.setFileName(name);
        dialog.setOverwrite(true);
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }

    private void write(Path path, Export export) {
        try {
            export.run();
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell(), "Export failed", path + " could not be written (no file was changed): "
                    + e.getMessage());
        }
    }

    private Shell shell() {
        return view.getSite().getShell();
    }

    private static String baseName(String file) {
        String path = file.replace(ResultMarkers.STORED_SUFFIX, "");
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".hstack") ? name.substring(0, name.length() - ".hstack".length()) : name;
    }

    @FunctionalInterface
    private interface ChartWriter {
        void write(SeriesChart chart, Path target) throws IOException;
    }

    @FunctionalInterface
    private interface Export {
        void run() throws IOException;
    }
}
