package org.heterostack.ui.editor.tests;

import static org.heterostack.ui.editor.tests.EditorTestSupport.page;
import static org.heterostack.ui.editor.tests.EditorTestSupport.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.io.LoadResult;
import org.heterostack.model.io.ModelFiles;
import org.heterostack.ui.editor.internal.HeterostackEditor;
import org.heterostack.ui.editor.internal.wizard.ModelTemplate;
import org.heterostack.ui.editor.internal.wizard.NewModelWizard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** File > New > Heterostack Model: a model from each template, which loads cleanly and opens in the editor. */
class NewModelWizardTest {

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    @Test
    void everyTemplateGivesAModelThatLoads() throws Exception {
        for (ModelTemplate template : ModelTemplate.values()) {
            LoadResult loaded = ModelFiles.load(new java.io.ByteArrayInputStream(template.content()), template.name());
            assertTrue(loaded.ok() && loaded.diagnostics().isEmpty(), template + ": " + loaded.diagnostics());
            HeterostackModel model = loaded.model();
            assertTrue(model.getStudies().isEmpty() && model.getResults().isEmpty(), template.name());
            switch (template) {
                case EMPTY -> assertTrue(model.getMaterials().isEmpty() && model.getDevices().isEmpty());
                case NIP -> assertEquals(6, model.getDevices().get(0).getLayers().size());
                case PIN -> assertEquals(1, model.getDevices().size());
                case HETEROSTRUCTURE -> assertTrue(model.getDevices().isEmpty()
                        && !model.getHeterostructures().isEmpty());
            }
        }
    }

    @Test
    void theWizardCreatesTheFileAndOpensIt() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(EditorTestSupport.PROJECT);
        if (!project.exists()) {
            project.create(new NullProgressMonitor());
        }
        project.open(new NullProgressMonitor());
        IFile target = project.getFile("new-pin-cell.hstack");
        if (target.exists()) {
            target.delete(true, new NullProgressMonitor());
        }
        NewModelWizard wizard = new NewModelWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        WizardDialog dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        wizard.page().setFileName("new-pin-cell.hstack");
        wizard.page().template(ModelTemplate.PIN);
        spin(300, () -> false);
        assertTrue(wizard.canFinish(), String.valueOf(wizard.page().getErrorMessage()));
        EditorTestSupport.screenshot("new-model-wizard");
        assertTrue(wizard.performFinish());
        dialog.close();
        assertTrue(target.exists());
        LoadResult saved = ModelFiles.load(Path.of(target.getLocation().toOSString()));
        assertTrue(saved.ok(), saved.errors().toString());
        assertTrue(saved.model().getDescription().startsWith("New model from the template 'p-i-n cell"),
                saved.model().getDescription());
        spin(500, () -> page().getActiveEditor() instanceof HeterostackEditor);
        assertTrue(page().getActiveEditor() instanceof HeterostackEditor editor && target.equals(editor.file()),
                "the new model opens in the model editor");
    }
}
