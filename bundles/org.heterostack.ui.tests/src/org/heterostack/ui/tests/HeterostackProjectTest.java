package org.heterostack.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.heterostack.ui.tests.UiTestSupport.page;
import static org.heterostack.ui.tests.UiTestSupport.window;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.heterostack.examples.ExampleCatalog;
import org.heterostack.ui.HeterostackWorkbench;
import org.heterostack.ui.internal.project.ExampleProjects;
import org.heterostack.ui.internal.project.HeterostackNature;
import org.heterostack.ui.internal.project.NewHeterostackProjectWizard;
import org.junit.jupiter.api.Test;

/** Heterostack projects: the New Project wizard, the nature, the example projects and the Project Explorer. */
class HeterostackProjectTest {

    @Test
    void newProjectWizardCreatesAHeterostackProject() throws Exception {
        IWorkbench workbench = PlatformUI.getWorkbench();
        IWizardDescriptor descriptor = workbench.getNewWizardRegistry()
                .findWizard(HeterostackWorkbench.NEW_PROJECT_WIZARD_ID);
        assertNotNull(descriptor, "the New Heterostack Project wizard is not contributed");
        NewHeterostackProjectWizard wizard = (NewHeterostackProjectWizard) descriptor.createWizard();
        wizard.setInitialProjectName("perovskite-study");
        wizard.init(workbench, StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(window().getShell(), wizard);
        dialog.create();
        dialog.setBlockOnOpen(false);
        dialog.open();
        UiTestSupport.screenshot(dialog.getShell(), "new-project-wizard");
        assertTrue(wizard.canFinish(), "the wizard page is not complete");
        assertTrue(wizard.performFinish());
        dialog.close();

        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("perovskite-study");
        assertTrue(project.isOpen());
        assertTrue(project.getNature(HeterostackWorkbench.NATURE_ID) instanceof HeterostackNature);
        assertProjectExplorerShows("perovskite-study");
    }

    @Test
    void exampleProjectsAreCreatedWithTheirFiles() throws Exception {
        List<ExampleCatalog.ExampleProject> examples = ExampleCatalog.projects();
        assertTrue(!examples.isEmpty(), "the examples bundle embeds no example");
        for (ExampleCatalog.ExampleProject example : examples) {
            IProject project = ExampleProjects.create(example, new NullProgressMonitor());
            assertTrue(project.hasNature(HeterostackWorkbench.NATURE_ID), example.name());
            for (ExampleCatalog.ExampleFile file : example.files()) {
                assertTrue(project.getFile(file.path()).exists(), example.name() + "/" + file.path());
            }
        }
        assertProjectExplorerShows(ExampleCatalog.MAIN_PROJECT);
    }

    private static void assertProjectExplorerShows(String projectName) throws Exception {
        CommonNavigator explorer = (CommonNavigator) page().showView(IPageLayout.ID_PROJECT_EXPLORER);
        List<String> names = new ArrayList<>();
        UiTestSupport.spin(10_000, () -> {
            names.clear();
            for (TreeItem item : explorer.getCommonViewer().getTree().getItems()) {
                names.add(item.getText());
            }
            return names.contains(projectName);
        });
        assertTrue(names.contains(projectName), "Project Explorer shows " + names);
        assertEquals(names.size(), ResourcesPlugin.getWorkspace().getRoot().getProjects().length, names.toString());
    }
}
