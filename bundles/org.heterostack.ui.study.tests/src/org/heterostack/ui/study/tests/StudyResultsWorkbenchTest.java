package org.heterostack.ui.study.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.heterostack.ui.study.StudyWorkbench;
import org.heterostack.ui.study.internal.chart.HeatGrid;
import org.heterostack.ui.study.internal.chart.ParetoFront;
import org.heterostack.ui.study.internal.chart.StudyChart;
import org.heterostack.ui.study.internal.results.CompareDialog;
import org.heterostack.ui.study.internal.results.Comparison;
import org.heterostack.ui.study.internal.results.ResultActions;
import org.heterostack.ui.study.internal.results.ResultTable;
import org.heterostack.ui.study.internal.results.StudyResultsView;
import org.heterostack.ui.study.internal.run.RunStudyJob;
import org.heterostack.ui.study.internal.run.WorkspaceStudies;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Study Results view on the run spacer-screening example: units in the headers, sort, filter, columns, compare
 * with differing parameters only, export, the charts (Pareto front, metric against an axis, heat map), and a
 * candidate opened as a model.
 */
class StudyResultsWorkbenchTest {

    private static IFile file;

    @BeforeAll
    static void runTheExampleStudy() throws Exception {
        IProject project = Workbench.project("study-results-test", "spacer-screening-pin.hstack");
        file = project.getFile("spacer-screening-pin.hstack");
        RunStudyJob job = new RunStudyJob(file, "spacer-screening", 2);
        job.schedule();
        assertTrue(job.join(300_000, new NullProgressMonitor()));
        assertTrue(job.getResult().isOK(), job.getResult().toString());
    }

    /** Shows the study's results in a new Study Results view (as a user who opens it for the first time). */
    private static StudyResultsView showFromTheProjectExplorer() throws Exception {
        if (Workbench.page().findView(StudyWorkbench.RESULTS_VIEW_ID) != null) {
            Workbench.page().hideView(Workbench.page().findView(StudyWorkbench.RESULTS_VIEW_ID));
        }
        CommonNavigator explorer = (CommonNavigator) Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
        explorer.getCommonViewer().setSelection(new StructuredSelection(file), true);
        Workbench.spin(200, () -> false);
        explorer.getSite().getService(IHandlerService.class).executeCommand(StudyWorkbench.SHOW_RESULTS_COMMAND_ID,
                null);
        StudyResultsView view = (StudyResultsView) Workbench.page().findView(StudyWorkbench.RESULTS_VIEW_ID);
        assertNotNull(view, "Show Study Results opens the view");
        view.filter("");
        Workbench.spin(30_000, () -> view.shown() != null && view.shown().size() == 72
                && view.table().getItemCount() == 72);
        return view;
    }

    @Test
    void theTableSortsFiltersAndShowsUnits() throws Exception {
        StudyResultsView view = showFromTheProjectExplorer();
        ResultTable shown = view.shown();
        assertEquals(72, view.table().getItemCount(), view.statusText());
        Map<String, String> units = WorkspaceStudies.index().units();
        List<String> axes = List.of("spacer", "n", "orientation");
        long withUnit = units.entrySet().stream().filter(u -> !u.getValue().isEmpty() && !u.getValue().equals("1")
                && !axes.contains(u.getKey()) && shown.column(u.getKey()) >= 0)
                .peek(u -> assertEquals(u.getKey() + " (" + u.getValue() + ")", shown.header(shown.column(u.getKey()))))
                .count();
        assertTrue(withUnit > 3, "quantities carry their units in the headers: " + shown.columns());
        assertTrue(view.table().getColumns()[0].getText().equals("study"), "the store column is not shown");

        String metric = units.keySet().stream().filter(q -> shown.column(q) >= 0 && !units.get(q).isEmpty())
                .findFirst().orElseThrow();
        view.sortBy(metric, true);
        int[] order = view.order();
        for (int i = 1; i < order.length; i++) {
            double before = shown.number(order[i - 1], shown.column(metric));
            double after = shown.number(order[i], shown.column(metric));
            assertFalse(after > before, metric + " descending: " + before + " then " + after);
        }
        assertEquals(shown.text(order[0], shown.column(metric)),
                view.table().getItem(0).getText(view.visibleColumns().indexOf(shown.column(metric))));

        view.filter("n = 2 and orientation = VERTICAL");
        Workbench.spin(30_000, () -> view.shown() != shown && view.table().getItemCount() == 6);
        assertEquals(6, view.table().getItemCount(), view.statusText());
        Workbench.screenshotMaximized(view, "study-results-filtered");

        view.filter("efficiency > 3");
        Workbench.spin(10_000, () -> view.statusText().contains("no column"));
        assertTrue(view.statusText().contains("no column 'efficiency'"), view.statusText());
        view.filter("");
        Workbench.spin(30_000, () -> view.table().getItemCount() == 72 && view.statusText().startsWith("72"));
        view.showColumns(List.of("spacer", "n", "orientation", metric));
        assertEquals(4, view.table().getColumnCount());
        assertEquals(metric, view.table().getSortColumn().getData(), "the sort survives a change of columns");
        Workbench.screenshotMaximized(view, "study-results");
        view.showColumns(shown.columns());
    }

    @Test
    void theParetoFrontOfEfficiencyAndStabilityIsHighlighted() throws Exception {
        StudyResultsView view = showFromTheProjectExplorer();
        StudyChart chart = view.chart();
        ResultTable shown = view.shown();
        assertEquals(StudyChart.Kind.PARETO, chart.kind(), "the Pareto front is the chart a study opens with");
        String x = chart.chart().getAxisSet().getXAxis(0).getTitle().getText();
        String y = chart.chart().getAxisSet().getYAxis(0).getTitle().getText();
        assertTrue(x.startsWith("pce") && y.startsWith("t80"), "efficiency against T80 by default: " + x + ", " + y);
        int[] front = chart.front();
        assertTrue(front.length > 0 && front.length < 72, "front of " + front.length);
        int xc = shown.columns().indexOf(x.split(" ")[0]);
        int yc = shown.columns().indexOf(y.split(" ")[0]);
        for (int f : front) {
            for (int row = 0; row < shown.size(); row++) {
                boolean dominates = shown.number(row, xc) >= shown.number(f, xc) && shown.number(row, yc) >= shown.number(f, yc)
                        && (shown.number(row, xc) > shown.number(f, xc) || shown.number(row, yc) > shown.number(f, yc));
                assertFalse(dominates, "row " + row + " dominates front row " + f);
            }
        }
        Workbench.screenshotMaximized(view, "study-pareto");
        chart.show(StudyChart.Kind.PROFILE, "spacer", y.split(" ")[0]);
        assertEquals(6, chart.chart().getAxisSet().getXAxis(0).getCategorySeries().length, "one point per spacer");
        assertEquals(3, chart.chart().getSeriesSet().getSeries().length, "lowest, mean and highest");
        Workbench.screenshotMaximized(view, "study-profile");
        chart.show(StudyChart.Kind.SCATTER, x.split(" ")[0], y.split(" ")[0]);
        assertEquals(0, chart.front().length);
        assertEquals(1, chart.chart().getSeriesSet().getSeries().length);
    }

    @Test
    void aHeatMapShowsAMetricOverTwoAxesWithTheMissingCellsApart() throws Exception {
        StudyResultsView view = showFromTheProjectExplorer();
        view.filter("not (spacer = PEA and n = 2)");
        Workbench.spin(30_000, () -> view.complete() && view.table().getItemCount() == 69);
        assertEquals(69, view.table().getItemCount(), view.statusText());
        view.chart().show(StudyChart.Kind.HEATMAP, "spacer", "n", "t80_hours");
        HeatGrid grid = view.chart().heatMap().grid();
        assertNotNull(grid, view.chart().heatMap().title());
        assertEquals(List.of("1", "2", "3", "4"), grid.yValues());
        assertEquals(6, grid.xValues().size(), grid.xValues().toString());
        assertEquals(1, grid.missing(), "the one pair the filter left out has no value");
        assertTrue(Double.isNaN(grid.cells()[1][grid.xValues().indexOf("PEA")]));
        assertEquals(3, grid.counts()[0][0], "three orientations in a cell");
        Workbench.screenshotMaximized(view, "study-heatmap");
    }

    @Test
    void aParetoFrontKeepsExactlyTheNonDominatedPoints() {
        double[] efficiency = { 20, 18, 22, 15, 22, Double.NaN, 10 };
        double[] lifetime = { 100, 300, 50, 300, 40, 1000, 500 };
        assertArrayEquals(new int[] { 2, 0, 1, 6 }, ParetoFront.of(efficiency, lifetime));
    }

    @Test
    void twoCandidatesCompareByTheirDifferingParametersAndExport() throws Exception {
        StudyResultsView view = showFromTheProjectExplorer();
        view.filter("n = 2 and orientation = VERTICAL");
        Workbench.spin(30_000, () -> view.table().getItemCount() == 6);
        view.table().setSelection(new int[] { 0, 1 });
        CompareDialog dialog = ResultActions.compare(view);
        assertNotNull(dialog);
        try {
            List<String> differing = dialog.lines().stream().map(Comparison.Line::header).toList();
            assertTrue(differing.contains("spacer") && differing.contains("candidate"), differing.toString());
            assertFalse(differing.contains("n") || differing.contains("orientation") || differing.contains("study"),
                    "parameters the two share are left out: " + differing);
            Workbench.screenshot(dialog.getShell(), "study-compare");
            dialog.setDifferingOnly(false);
            assertTrue(dialog.lines().size() > differing.size());
        } finally {
            dialog.close();
        }

        Path dir = Files.createTempDirectory("study-export");
        ResultActions.write(view, dir.resolve("results.csv"), false);
        List<String> csv = Files.readAllLines(dir.resolve("results.csv"));
        assertEquals(7, csv.size(), "a header and the 6 rows shown");
        assertTrue(csv.get(0).startsWith("study,candidate,spacer,n,orientation,") && csv.get(0).contains(" ("),
                csv.get(0));
        ResultActions.write(view, dir.resolve("results.json"), true);
        String json = Files.readString(dir.resolve("results.json"));
        assertTrue(json.startsWith("{\"columns\":[{\"name\":\"study\",\"unit\":\"\"}"), json);
        assertEquals(6, json.split("\"candidate\":\"").length - 1, json);
    }

    @Test
    void aCandidateOpensAsAModelInTheEditor() throws Exception {
        StudyResultsView view = showFromTheProjectExplorer();
        view.filter("n = 3 and orientation = PARALLEL and spacer = PEA");
        Workbench.spin(30_000, () -> view.table().getItemCount() == 1);
        view.table().setSelection(0);
        ResultActions.openAsModel(view);
        String id = (String) view.shown().value(view.selectedRows()[0], view.shown().column("candidate"));
        Workbench.spin(30_000, () -> Workbench.page().getActiveEditor() != null
                && Workbench.page().getActiveEditor().getTitle().equals(id.substring(0, 12) + ".hstack"));
        IEditorPart editor = Workbench.page().getActiveEditor();
        assertNotNull(editor);
        assertEquals(id.substring(0, 12) + ".hstack", editor.getTitle());
        assertTrue(file.getProject().getFile("spacer-screening-pin.results/spacer-screening/candidates/"
                + id.substring(0, 12) + ".hstack").exists());
        Workbench.screenshot(editor.getSite().getShell(), "study-candidate-model");
        Workbench.page().closeEditor(editor, false);
    }
}
