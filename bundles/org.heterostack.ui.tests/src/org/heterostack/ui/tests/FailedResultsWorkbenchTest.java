package org.heterostack.ui.tests;

import static org.heterostack.ui.tests.UiTestSupport.example;
import static org.heterostack.ui.tests.UiTestSupport.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.heterostack.engine.EngineRegistryLookup;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.Severity;
import org.heterostack.ui.HeterostackWorkbench;
import org.heterostack.ui.internal.analysis.AnalysisJob;
import org.heterostack.ui.internal.analysis.AnalysisResultsView;
import org.heterostack.ui.internal.analysis.ResultMarkers;
import org.junit.jupiter.api.Test;

/**
 * A failed analysis is shown, not hidden: the photodiode example's drift-diffusion run finds no steady state (its
 * description says so). Its row is marked (error icon, red, "FAILED") with the engine's message beside it and as
 * tooltip, the summary names it, and it is an error in the Problems view on the model file.
 */
class FailedResultsWorkbenchTest {

    private static final String DRIFT_DIFFUSION = "org.heterostack.engine.device.driftdiffusion";

    @Test
    void aFailedAnalysisIsMarkedExplainedAndInTheProblemsView() throws Exception {
        IFile file = example("photodetector-2d3d.hstack");
        AnalysisJob job = new AnalysisJob(file, EngineRegistryLookup.registry(), false);
        job.schedule();
        assertTrue(job.join(180_000, new NullProgressMonitor()), "the analysis did not finish in 3 minutes");
        assertTrue(job.getResult().isOK(), "a failed engine does not fail the run: " + job.getResult());
        AnalysisResultsView view = (AnalysisResultsView) page().showView(HeterostackWorkbench.ANALYSIS_RESULTS_VIEW_ID);
        UiTestSupport.spin(2_000, () -> view.shownResults().stream().anyMatch(r -> r.getStatus() != ResultStatus.OK));
        List<AnalysisResult> failed = view.shownResults().stream().filter(r -> r.getStatus() != ResultStatus.OK)
                .toList();
        AnalysisResult driftDiffusion = failed.stream().filter(r -> r.getEngineId().equals(DRIFT_DIFFUSION))
                .findFirst().orElseThrow(() -> new AssertionError("the drift-diffusion run should fail: " + failed));
        String error = driftDiffusion.getMessages().stream().filter(m -> m.getSeverity() == Severity.ERROR)
                .findFirst().orElseThrow().getText();
        String target = driftDiffusion.getTarget().getName();

        assertTrue(view.summaryText().contains(failed.size() + " failed"), view.summaryText());
        assertTrue(view.summaryText().contains("Failed: Drift-diffusion with mobile ions on '" + target + "'"),
                view.summaryText());
        TreeItem row = Arrays.stream(view.viewer().getTree().getItems()).filter(i -> i.getData() == driftDiffusion)
                .findFirst().orElseThrow();
        assertEquals("FAILED", row.getText(1));
        assertEquals(error, row.getText(3), "the engine's message beside the row");
        assertNotNull(row.getImage(0), "an error icon");
        assertEquals(view.viewer().getTree().getDisplay().getSystemColor(SWT.COLOR_DARK_RED), row.getForeground(0));
        assertTrue(row.getExpanded(), "a failed result opens on its messages");
        String tooltip = view.viewer().getLabelProvider(0).getToolTipText(driftDiffusion);
        assertEquals("Drift-diffusion with mobile ions failed on '" + target + "': " + error, tooltip);

        UiTestSupport.spin(5_000, () -> markers(file).length == failed.size());
        IMarker[] markers = markers(file);
        assertEquals(failed.size(), markers.length, "one Problems-view error per failed analysis");
        IMarker marker = Arrays.stream(markers).filter(m -> tooltip.equals(m.getAttribute(IMarker.MESSAGE, "")))
                .findFirst().orElseThrow(() -> new AssertionError(Arrays.toString(markers)));
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        assertEquals(target, marker.getAttribute(IMarker.LOCATION, ""));
        assertFalse(marker.getAttribute(ResultMarkers.OBJECT, "").isEmpty(), "opening the marker selects the device");

        view.viewer().setSelection(new StructuredSelection(driftDiffusion), true);
        UiTestSupport.spin(300, () -> false);
        assertTrue(view.detailsText().startsWith(tooltip + "\nEngine " + DRIFT_DIFFUSION), "the whole message below: "
                + view.detailsText());
        assertEquals("Failed \u2014 nothing to plot (the message is below)", view.chartTitle());
        UiTestSupport.screenshotMaximized(view, "analysis-failed-result");
        IViewPart problems = page().showView(IPageLayout.ID_PROBLEM_VIEW);
        UiTestSupport.spin(1_000, () -> false);
        expandErrors(problems.getSite().getShell());
        UiTestSupport.screenshotMaximized(problems, "analysis-failed-problems");
    }

    /** Opens the Problems view's "Errors" group, so that its screenshot shows the markers. */
    private static void expandErrors(Shell shell) {
        List<Tree> trees = new ArrayList<>();
        collectTrees(shell, trees);
        for (Tree tree : trees) {
            for (TreeItem item : tree.getItems()) {
                if (item.getText().startsWith("Errors (")) {
                    Event expand = new Event();
                    expand.item = item;
                    tree.notifyListeners(SWT.Expand, expand);
                    item.setExpanded(true);
                }
            }
        }
        UiTestSupport.spin(300, () -> false);
    }

    private static void collectTrees(Control control, List<Tree> trees) {
        if (control instanceof Tree tree) {
            trees.add(tree);
        } else if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectTrees(child, trees);
            }
        }
    }

    private static IMarker[] markers(IFile file) {
        try {
            return file.findMarkers(ResultMarkers.TYPE, false, IResource.DEPTH_ZERO);
        } catch (CoreException e) {
            throw new AssertionError(e);
        }
    }
}
