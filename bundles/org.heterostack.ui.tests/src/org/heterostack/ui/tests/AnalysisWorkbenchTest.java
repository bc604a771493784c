package org.heterostack.ui.tests;

import static org.heterostack.ui.tests.UiTestSupport.example;
import static org.heterostack.ui.tests.UiTestSupport.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.TreeItem;
import org.heterostack.engine.EngineRegistryLookup;
import org.heterostack.engine.IEngineRegistry;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.io.LoadResult;
import org.heterostack.model.io.ModelFiles;
import org.heterostack.study.RunPlan;
import org.heterostack.ui.HeterostackWorkbench;
import org.heterostack.ui.internal.analysis.AnalysisJob;
import org.heterostack.ui.internal.analysis.AnalysisRecord;
import org.heterostack.ui.internal.analysis.AnalysisResultsView;
import org.heterostack.ui.internal.analysis.EnginePreferencePage;
import org.heterostack.ui.internal.analysis.EnginePreferences;
import org.heterostack.ui.internal.analysis.LatestAnalysis;
import org.heterostack.ui.internal.analysis.ResultExport;
import org.heterostack.ui.internal.analysis.ShowStoredResultsHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "Analyze Model" on the example models, the Analysis Results view and the preferred engine per category. */
class AnalysisWorkbenchTest {

    private static final String QUANTUM_WELL = "org.heterostack.engine.photophysics.quantumwell";
    private static final String EMPIRICAL = "org.heterostack.engine.photophysics.empirical";

    @AfterEach
    void restoreAutomaticChoice() {
        EnginePreferences.setPreferredEngineId(EngineCategory.PHOTOPHYSICS, Optional.empty());
    }

    /** The IonMonger reference: every applicable engine succeeds; the view lists them with their quantities. */
    @Test
    void analyzeModelRunsInTheBackgroundAndShowsTheResults() throws Exception {
        AnalysisJob job = new AnalysisJob(example("ionmonger-reference.hstack"), EngineRegistryLookup.registry(), false);
        job.schedule();
        assertTrue(job.join(120_000, new NullProgressMonitor()), "the analysis did not finish in 2 minutes");
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        AnalysisResultsView view = (AnalysisResultsView) page().showView(HeterostackWorkbench.ANALYSIS_RESULTS_VIEW_ID);
        UiTestSupport.spin(2_000, () -> !view.shownResults().isEmpty());
        assertEquals(List.of("", ""), view.chartAxisTitles(), "an empty chart has no axes of an earlier plot");
        List<AnalysisResult> results = view.shownResults();
        assertFalse(results.isEmpty());
        assertTrue(results.stream().allMatch(r -> r.getStatus() == ResultStatus.OK), results.toString());
        assertTrue(results.stream().anyMatch(r -> r.getEngineId().equals("org.heterostack.engine.device.driftdiffusion")),
                results.toString());
        assertTrue(view.summaryText().contains("ionmonger-reference.hstack") && view.summaryText().contains("0 failed"),
                view.summaryText());
        TreeItem device = Arrays.stream(view.viewer().getTree().getItems())
                .filter(i -> i.getData() instanceof AnalysisResult r
                        && r.getEngineId().equals("org.heterostack.engine.device.driftdiffusion"))
                .findFirst().orElseThrow();
        assertTrue(device.getText(0).startsWith("IonMonger-reference \u2014 ") && !device.getText(0).contains("org."),
                "rows name the object and the engine by its name: " + device.getText(0));
        view.viewer().expandToLevel(device.getData(), 1);
        view.viewer().setSelection(new StructuredSelection(device.getData()), true);
        UiTestSupport.spin(300, () -> false);
        assertEquals(2, view.chartedSeries(), "the reverse and forward J-V scans are plotted together");
        assertTrue(Arrays.stream(device.getItems()).anyMatch(i -> i.getText(0).equals("pce_reverse")
                && i.getText(2).equals("%")), "quantities are listed with their unit");
        assertTrue(Arrays.stream(device.getItems()).anyMatch(i -> i.getText(0).equals("provenance")
                && i.getText(3).startsWith("settings: ")), "each result says which settings it ran with");
        jvChartShowsThePowerQuadrantWithItsFigures(view, (AnalysisResult) device.getData());
        UiTestSupport.screenshotMaximized(view, "analysis-results");
        exportsTheRunAndASeries(view, device);
    }

    /**
     * The J-V chart opens on the power quadrant (dark injection to -850 mA/cm2 no longer squashes it) with units on
     * both axes and Jsc, Voc and MPP of both scans marked, agreeing with the engine's figures; "Show All Data" shows
     * the injection; "Export Chart as PNG" draws it at a slide's resolution.
     */
    private static void jvChartShowsThePowerQuadrantWithItsFigures(AnalysisResultsView view, AnalysisResult device)
            throws Exception {
        assertEquals(List.of("Voltage (V)", "Current density (mA/cm\u00b2)"), view.chartAxisTitles());
        double jsc = quantity(device, "jsc_reverse");
        double voc = quantity(device, "voc_reverse");
        double[] range = view.chartRanges();
        assertTrue(range[0] <= 0 && range[1] > voc && range[1] < 1.3 * voc, Arrays.toString(range));
        assertTrue(range[2] < 0 && range[2] > -0.2 * jsc && range[3] > jsc && range[3] < 1.3 * jsc,
                Arrays.toString(range));
        List<String> figures = view.chartFigures();
        assertEquals(2, figures.size(), figures.toString());
        Matcher marked = Pattern.compile("reverse scan: Jsc ([0-9.]+) mA/cm\u00b2, Voc ([0-9.]+) V, .*").matcher(figures.get(0));
        assertTrue(marked.matches(), figures.toString());
        assertEquals(jsc, Double.parseDouble(marked.group(1)), 0.1, "Jsc marked as the engine reports it");
        assertEquals(voc, Double.parseDouble(marked.group(2)), 0.01, "Voc marked as the engine reports it");
        assertTrue(figures.get(0).contains("MPP "), figures.toString());
        assertTrue(view.chartTitle().startsWith("IonMonger-reference \u2014 "), view.chartTitle());
        Path png = Path.of(System.getProperty("heterostack.screenshots", "target/screenshots"), "jv-chart-export.png");
        Files.createDirectories(png.getParent());
        assertTrue(view.canExportChart());
        view.exportChartPng(png);
        ImageData picture = new ImageData(png.toString());
        assertEquals(1800, picture.width);
        assertEquals(1125, picture.height);
        assertEquals(List.of("Voltage (V)", "Current density (mA/cm\u00b2)"), view.chartAxisTitles(),
                "the chart on screen is as it was");
        Path svg = png.resolveSibling("jv-chart-export.svg");
        view.exportChartSvg(svg);
        String drawing = Files.readString(svg);
        assertTrue(drawing.startsWith("<?xml") && drawing.trim().endsWith("</svg>"), drawing);
        assertEquals(2, drawing.split("<polyline ", -1).length - 1, "one line per scan: " + drawing);
        assertTrue(drawing.contains(">Current density (mA/cm\u00b2)</text>") && drawing.contains(">Voltage (V)</text>")
                && drawing.contains(">MPP</text>") && drawing.contains(">reverse scan</text>"), drawing);
        view.showAllChartData();
        assertTrue(view.chartRanges()[2] < -100, "all data includes the dark injection");
        view.viewer().setSelection(new StructuredSelection(device), true);
        UiTestSupport.spin(300, () -> false);
    }

    private static double quantity(AnalysisResult result, String key) {
        return result.getQuantities().stream().filter(q -> q.getKey().equals(key)).findFirst().orElseThrow().getValue();
    }

    /** Export Results writes the CLI's JSON; Export Series writes the selected series as CSV with units. */
    private static void exportsTheRunAndASeries(AnalysisResultsView view, TreeItem device) throws Exception {
        assertTrue(view.canExportResults());
        assertFalse(view.canExportSeries(), "a result row is selected, not a series");
        Object jv = Arrays.stream(device.getItems()).filter(i -> i.getText(0).equals("jv_reverse")).findFirst()
                .orElseThrow().getData();
        view.viewer().setSelection(new StructuredSelection(jv), true);
        assertTrue(view.canExportSeries());
        Path dir = Files.createTempDirectory("heterostack-export");
        Path csv = dir.resolve("jv.csv");
        ResultExport.csv(view.selectedSeries().orElseThrow(), csv);
        List<String> lines = Files.readAllLines(csv);
        assertEquals(122, lines.size(), "a header and 121 points");
        assertTrue(lines.get(0).matches(".+ \\(V\\),.+ \\(mA/cm2\\)"), lines.get(0));
        Path json = dir.resolve("run.json");
        ResultExport.json(view.shownRecord().orElseThrow(), json);
        String text = Files.readString(json);
        assertTrue(text.startsWith("{\"file\":\"/heterostack-examples/ionmonger-reference.hstack\",\"results\":[{"), text);
        assertTrue(text.contains("\"engine\":\"org.heterostack.engine.device.driftdiffusion\""), text);
    }

    /** A photophysics result plots the model's gap against n together with the measured BA series. */
    @Test
    void photophysicsResultsPlotTheModelBesideTheMeasuredSeries() throws Exception {
        AnalysisJob job = new AnalysisJob(example("ba-mapbi3-nip.hstack"), EngineRegistryLookup.registry(), false);
        job.schedule();
        assertTrue(job.join(120_000, new NullProgressMonitor()), "the analysis did not finish in 2 minutes");
        AnalysisResultsView view = (AnalysisResultsView) page().showView(HeterostackWorkbench.ANALYSIS_RESULTS_VIEW_ID);
        UiTestSupport.spin(2_000, () -> view.shownResults().stream().anyMatch(r -> r.getEngineId().equals(QUANTUM_WELL)));
        AnalysisResult quantumWell = view.shownResults().stream().filter(r -> r.getEngineId().equals(QUANTUM_WELL))
                .filter(r -> r.getTarget().getName().equals("BA2PbI4")).findFirst().orElseThrow();
        view.viewer().setSelection(new StructuredSelection(quantumWell), true);
        UiTestSupport.spin(300, () -> false);
        assertEquals(2, view.chartedSeries(), "the model's gaps and the measured ones share the axes");
        UiTestSupport.screenshotMaximized(view, "photophysics-series");
    }

    /**
     * "Analyze Model and Store Results" writes the results into the file; a second run replaces them (one result per
     * object and engine), and the file still loads cleanly.
     */
    @Test
    void storedResultsReplaceTheEarlierOnesOfTheSameObjectAndEngine() throws Exception {
        IProject scratch = ResourcesPlugin.getWorkspace().getRoot().getProject("analysis-store-test");
        if (!scratch.exists()) {
            scratch.create(new NullProgressMonitor());
        }
        scratch.open(new NullProgressMonitor());
        IFile copy = scratch.getFile("cell.hstack");
        if (copy.exists()) {
            copy.delete(true, new NullProgressMonitor());
        }
        try (InputStream in = example("ba-mapbi3-nip.hstack").getContents()) {
            copy.create(in, true, new NullProgressMonitor());
        }
        int runs = 0;
        for (int pass = 0; pass < 2; pass++) {
            AnalysisJob job = new AnalysisJob(copy, EngineRegistryLookup.registry(), true);
            job.schedule();
            assertTrue(job.join(120_000, new NullProgressMonitor()), "the analysis did not finish in 2 minutes");
            assertTrue(job.getResult().isOK(), job.getResult().toString());
            runs = LatestAnalysis.get().orElseThrow().results().size();
        }
        LoadResult stored = ModelFiles.load(Path.of(copy.getLocation().toOSString()));
        assertTrue(stored.ok() && stored.diagnostics().isEmpty(), stored.diagnostics().toString());
        assertEquals(runs, stored.model().getResults().size(), "a second run replaces the first run's results");
        assertTrue(stored.model().getResults().stream().allMatch(r -> r.getTarget() != null));
        AnalysisRecord shown = ShowStoredResultsHandler.stored(copy, stored.model());
        assertEquals(runs, shown.results().size());
        assertTrue(shown.file().endsWith("cell.hstack (stored results)"), shown.file());
        assertTrue(shown.results().stream().noneMatch(r -> shown.engineName(r).startsWith("org.")),
                "stored results are listed by the names of the installed engines");
        scratch.delete(true, new NullProgressMonitor());
    }

    /** Every applicable engine, or in a category with a preference only the preferred one where it applies. */
    @Test
    void thePreferredEngineDecidesWhichPhotophysicsEngineRuns() throws Exception {
        IEngineRegistry registry = EngineRegistryLookup.registry();
        HeterostackModel model = ModelFiles.load(Path.of(example("ba-mapbi3-nip.hstack").getLocation().toOSString()))
                .model();
        assertEquals(List.of(QUANTUM_WELL), photophysicsOfDevice(plan(model, registry, Optional.of(QUANTUM_WELL))));
        assertEquals(List.of(EMPIRICAL), photophysicsOfDevice(plan(model, registry, Optional.of(EMPIRICAL))));
        assertEquals(2, photophysicsOfDevice(plan(model, registry, Optional.empty())).size(),
                "without a preference every applicable engine runs");
        assertEquals(2, photophysicsOfDevice(plan(model, registry, Optional.of("not.installed"))).size(),
                "a preferred engine that is not installed changes nothing");
    }

    /** Analyze Model's plan with the photophysics preference set as the preference page sets it. */
    private static RunPlan plan(HeterostackModel model, IEngineRegistry registry, Optional<String> photophysics) {
        EnginePreferences.setPreferredEngineId(EngineCategory.PHOTOPHYSICS, photophysics);
        return AnalysisJob.plan(model, registry);
    }

    private static List<String> photophysicsOfDevice(RunPlan plan) {
        return plan.runs().stream().filter(r -> r.target().getName().equals("BA-MAPbI3-nip"))
                .filter(r -> r.engine().descriptor().category() == EngineCategory.PHOTOPHYSICS)
                .map(r -> r.engine().descriptor().id()).toList();
    }

    /** The preference page lists the installed engines of every category and stores the choice. */
    @Test
    void thePreferencePageListsTheInstalledEnginesAndStoresTheChoice() {
        PreferenceDialog dialog = UiTestSupport.openPreferences(HeterostackWorkbench.ENGINE_PREFERENCE_PAGE_ID);
        try {
            EnginePreferencePage page = (EnginePreferencePage) dialog.getSelectedPage();
            Combo combo = page.combo(EngineCategory.PHOTOPHYSICS);
            List<String> items = List.of(combo.getItems());
            int quantumWell = items.indexOf(items.stream().filter(i -> i.endsWith("(" + QUANTUM_WELL + ")"))
                    .findFirst().orElseThrow(() -> new AssertionError(items.toString())));
            assertTrue(items.stream().anyMatch(i -> i.endsWith("(" + EMPIRICAL + ")")), items.toString());
            combo.select(quantumWell);
            UiTestSupport.screenshotOfDialog(dialog.getShell(), "engine-preferences");
            assertTrue(page.performOk());
        } finally {
            dialog.close();
        }
        assertEquals(Optional.of(QUANTUM_WELL), EnginePreferences.preferredEngineId(EngineCategory.PHOTOPHYSICS));
    }
}
