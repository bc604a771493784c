package org.heterostack.ui.tests;

import static org.heterostack.ui.tests.UiTestSupport.example;
import static org.heterostack.ui.tests.UiTestSupport.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.heterostack.ui.HeterostackWorkbench;
import org.heterostack.ui.internal.analysis.AnalysisRecord;
import org.heterostack.ui.internal.analysis.AnalysisResultsView;
import org.heterostack.ui.internal.analysis.LatestAnalysis;
import org.junit.jupiter.api.Test;

/**
 * Two models selected in the Project Explorer and Analyze Model: both are analysed (it used to analyse the first
 * silently), and the Analysis Results view lists both runs to choose from.
 */
class AnalyzeSeveralModelsWorkbenchTest {

    @Test
    void everySelectedModelIsAnalysedAndListed() throws Exception {
        IFile first = example("ba-mapbi3-nip.hstack");
        IFile second = example("pea-led.hstack");
        CommonNavigator explorer = (CommonNavigator) page().showView(IPageLayout.ID_PROJECT_EXPLORER);
        explorer.getCommonViewer().expandToLevel(first.getProject(), 1);
        explorer.getCommonViewer().setSelection(new StructuredSelection(List.of(first, second)), true);
        page().activate(explorer);
        UiTestSupport.spin(300, () -> false);

        Object jobs = page().getWorkbenchWindow().getService(IHandlerService.class)
                .executeCommand(HeterostackWorkbench.ANALYZE_MODEL_COMMAND_ID, null);
        assertTrue(jobs instanceof List<?> list && list.size() == 2, "one analysis per selected model: " + jobs);
        for (Object job : (List<?>) jobs) {
            assertTrue(((Job) job).join(180_000, new NullProgressMonitor()), "an analysis did not finish in 3 minutes");
        }
        List<String> files = LatestAnalysis.recent().subList(0, 2).stream().map(AnalysisRecord::file).sorted().toList();
        assertEquals(List.of(first.getFullPath().toString(), second.getFullPath().toString()), files);

        AnalysisResultsView view = (AnalysisResultsView) page().showView(HeterostackWorkbench.ANALYSIS_RESULTS_VIEW_ID);
        UiTestSupport.spin(2_000, () -> view.runsListed().size() >= 2);
        List<String> runs = view.runsListed();
        assertTrue(runs.size() >= 2, runs.toString());
        String older = runs.get(1);
        view.showRun(1);
        assertTrue(older.startsWith(view.shownRecord().orElseThrow().file() + " \u2014 "), older + " is shown");
        assertTrue(view.summaryText().startsWith(view.shownRecord().orElseThrow().file()), view.summaryText());
        UiTestSupport.screenshotMaximized(view, "analysis-several-models");
    }
}
