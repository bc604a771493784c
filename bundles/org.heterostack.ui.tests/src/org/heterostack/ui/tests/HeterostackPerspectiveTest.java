package org.heterostack.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.heterostack.ui.tests.UiTestSupport.page;
import static org.heterostack.ui.tests.UiTestSupport.window;

import java.io.File;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.heterostack.ui.HeterostackWorkbench;
import org.junit.jupiter.api.Test;

/** The workbench opens on the Heterostack perspective with all of its views working. */
class HeterostackPerspectiveTest {

    private static final Map<String, String> VIEW_CLASSES = Map.of(
            IPageLayout.ID_PROJECT_EXPLORER, "org.eclipse.ui.navigator.resources.ProjectExplorer",
            IPageLayout.ID_PROP_SHEET, "org.eclipse.ui.views.properties.PropertySheet",
            HeterostackWorkbench.ANALYSIS_RESULTS_VIEW_ID, "org.heterostack.ui.internal.analysis.AnalysisResultsView",
            IPageLayout.ID_PROBLEM_VIEW, "org.eclipse.ui.internal.views.markers.ProblemsView",
            IPageLayout.ID_PROGRESS_VIEW, "org.eclipse.ui.internal.progress.ProgressView",
            HeterostackWorkbench.ERROR_LOG_VIEW_ID, "org.eclipse.ui.internal.views.log.LogView");

    @Test
    void workbenchOpensOnTheHeterostackPerspective() {
        assertEquals(HeterostackWorkbench.PERSPECTIVE_ID, page().getPerspective().getId());
        assertEquals(ResourcesPlugin.getWorkspace().getRoot(), page().getInput(),
                "the Project Explorer needs the workspace root as page input");
        assertTrue(window().getShell().getText().startsWith("Heterostack"), window().getShell().getText());
    }

    @Test
    void everyPerspectiveViewIsCreatedFromItsRealImplementation() {
        IWorkbenchPage page = page();
        page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry()
                .findPerspectiveWithId(HeterostackWorkbench.PERSPECTIVE_ID));
        page.resetPerspective();
        for (String id : HeterostackWorkbench.PERSPECTIVE_VIEW_IDS) {
            IViewReference reference = page.findViewReference(id);
            assertNotNull(reference, "the perspective has no view " + id);
            IViewPart view = reference.getView(true);
            assertNotNull(view, "view not created: " + id);
            String implementation = view.getClass().getName();
            assertFalse(implementation.contains("ErrorViewPart"), id + " failed to load");
            assertEquals(VIEW_CLASSES.get(id), implementation, id);
        }
    }

    /** The workbench as a new user sees it: the example project open in the Project Explorer. */
    @Test
    void screenshotOfTheWorkbench() throws Exception {
        IProject examples = UiTestSupport.examples();
        CommonNavigator explorer = (CommonNavigator) page().showView(IPageLayout.ID_PROJECT_EXPLORER);
        explorer.getCommonViewer().expandToLevel(examples, 1);
        explorer.getCommonViewer().setSelection(new StructuredSelection(examples.getFile("ionmonger-reference.hstack")),
                true);
        UiTestSupport.spin(500, () -> false);
        File file = UiTestSupport.screenshot(window().getShell(), "workbench");
        assertTrue(file.length() > 10_000, "screenshot looks empty: " + file + " " + file.length() + " bytes");
    }
}
