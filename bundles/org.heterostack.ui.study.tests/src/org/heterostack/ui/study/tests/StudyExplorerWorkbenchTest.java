package org.heterostack.ui.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.heterostack.ui.study.StudyWorkbench;
import org.heterostack.ui.study.internal.chart.StudyChart;
import org.heterostack.ui.study.internal.results.ResultTable;
import org.heterostack.ui.study.internal.results.StudyResultsView;
import org.heterostack.ui.study.internal.run.RunStudyJob;
import org.heterostack.ui.study.internal.run.StudyRef;
import org.junit.jupiter.api.Test;

/**
 * The Project Explorer lists each model's studies with their counts, and the two example studies, in two projects,
 * compare in one table and chart through the workspace's study index.
 */
class StudyExplorerWorkbenchTest {

    @Test
    void studiesOfTwoProjectsAreCountedAndComparedInOneTable() throws Exception {
        IFile screening = Workbench.project("screening-project", "spacer-screening-pin.hstack")
                .getFile("spacer-screening-pin.hstack");
        IFile stability = Workbench.project("stability-project", "rp-vs-dj-stability.hstack")
                .getFile("rp-vs-dj-stability.hstack");
        CommonNavigator explorer = (CommonNavigator) Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
        explorer.getCommonViewer().expandToLevel(screening, 1);
        Workbench.spin(10_000, () -> label(explorer, screening).contains("0 done"));
        assertEquals("study spacer-screening (72 candidates, 0 done, 0 cached, 0 failed)", label(explorer, screening),
                "a study not run yet");

        for (RunStudyJob run : List.of(new RunStudyJob(screening, "spacer-screening", 2),
                new RunStudyJob(stability, "rp-vs-dj", 2))) {
            run.schedule();
            assertTrue(run.join(300_000, new NullProgressMonitor()));
            assertTrue(run.getResult().isOK(), run.getResult().toString());
        }
        explorer.getCommonViewer().expandToLevel(stability, 1);
        Workbench.spin(60_000, () -> label(explorer, screening).contains("72 done")
                && label(explorer, stability).contains("9 done"));
        assertEquals("study spacer-screening (72 candidates, 72 done, 288 cached, 0 failed)", label(explorer, screening));
        assertEquals("study rp-vs-dj (9 candidates, 9 done, 27 cached, 0 failed)", label(explorer, stability));
        Workbench.screenshotMaximized(explorer, "study-explorer");

        explorer.getCommonViewer().setSelection(new StructuredSelection(List.of(new StudyRef(screening,
                "spacer-screening"), new StudyRef(stability, "rp-vs-dj"))), true);
        Workbench.spin(200, () -> false);
        explorer.getSite().getService(IHandlerService.class).executeCommand(StudyWorkbench.SHOW_RESULTS_COMMAND_ID,
                null);
        StudyResultsView view = (StudyResultsView) Workbench.page().findView(StudyWorkbench.RESULTS_VIEW_ID);
        assertNotNull(view);
        view.filter("");
        Workbench.spin(30_000, () -> view.shown() != null && view.table().getItemCount() == 81);
        ResultTable shown = view.shown();
        assertEquals(81, shown.size(), "72 + 9 candidates of two projects");
        int study = shown.column("study");
        Set<Object> studies = IntStream.range(0, shown.size()).mapToObj(row -> shown.value(row, study))
                .collect(Collectors.toSet());
        assertEquals(Set.of("spacer-screening", "rp-vs-dj"), studies);
        assertTrue(shown.column("phase") >= 0 && shown.column("orientation") >= 0, "the axes of both studies");
        view.chart().show(StudyChart.Kind.PROFILE, "study", "t80_hours");
        assertEquals(2, view.chart().chart().getAxisSet().getXAxis(0).getCategorySeries().length);
        Workbench.screenshotMaximized(view, "study-cross-project");
    }

    private static String label(CommonNavigator explorer, IFile file) {
        explorer.getCommonViewer().expandToLevel(file, 1);
        for (TreeItem project : explorer.getCommonViewer().getTree().getItems()) {
            for (TreeItem child : project.getItems()) {
                if (child.getData() != null && child.getData().equals(file)) {
                    return Arrays.stream(child.getItems()).map(TreeItem::getText).filter(t -> t.startsWith("study "))
                            .findFirst().orElse("");
                }
            }
        }
        return "";
    }
}
