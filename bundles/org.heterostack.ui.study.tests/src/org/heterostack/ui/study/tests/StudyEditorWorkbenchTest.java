package org.heterostack.ui.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.heterostack.model.ParameterAxis;
import org.heterostack.model.Study;
import org.heterostack.model.io.ModelFiles;
import org.heterostack.ui.editor.ModelEditors;
import org.heterostack.ui.study.internal.editor.StudyPage;
import org.heterostack.ui.study.internal.run.RunStudyJob;
import org.heterostack.ui.study.internal.run.StudyRef;
import org.junit.jupiter.api.Test;

/**
 * The model editor's Study page as a user drives it: a study opened from the Project Explorer; an axis and a new
 * constraint edited in their tables, undone and redone with the workbench's Undo and Redo; a wrong value refused;
 * saved; run and stopped with the page's buttons; and, opened again, the offer to resume the half-run study, taken.
 */
class StudyEditorWorkbenchTest {

    private static final String STUDY = "thicknesses";

    @Test
    void aStudyIsEditedWithUndoSavedRunStoppedAndResumed() throws Exception {
        IFile file = Workbench.project("study-editor-test", "spacer-screening-pin.hstack")
                .getFile("spacer-screening-pin.hstack");
        Workbench.addStudyWithThicknesses(file, STUDY, 40);
        IEditorPart editor = openFromTheProjectExplorer(file);
        StudyPage page = ModelEditors.page(editor, StudyPage.class);
        assertNotNull(page, "the model editor has the Study page");
        Workbench.spin(500, () -> false);
        assertEquals("2,880 candidates", page.countText(), "6 spacers x n = 1..4 x 3 orientations x 40 thicknesses");
        Workbench.screenshotMaximized(editor, "study-editor");

        TableViewer axes = page.tables().get(0);
        type(axes, axis(editor, "n"), 4, "1, 2");
        assertTrue(editor.isDirty());
        assertEquals("1,440 candidates", page.countText());
        command(editor, "org.eclipse.ui.edit.undo");
        assertEquals(List.of("1", "2", "3", "4"), axis(editor, "n").getValues(), "Undo restores the values");
        assertEquals("2,880 candidates", page.countText());
        command(editor, "org.eclipse.ui.edit.redo");
        assertEquals(List.of("1", "2"), axis(editor, "n").getValues(), "Redo applies them again");

        TableViewer constraints = page.tables().get(1);
        int before = constraints.getTable().getItemCount();
        press(constraints.getTable().getParent(), "Add");
        assertEquals(before + 1, constraints.getTable().getItemCount());
        Object added = constraints.getElementAt(before);
        type(constraints, added, 1, "spacer = BA and n = 2");
        assertEquals("1,320 candidates", page.countText(), "BA with n = 2 left out: 3 x 40 candidates fewer");
        type(constraints, added, 1, "spacer is BA");
        assertTrue(page.problemText().contains("'spacer is BA' is not a condition"), page.problemText());
        assertEquals("1,320 candidates", page.countText(), "a wrong condition changes nothing");
        Workbench.screenshotMaximized(editor, "study-editor-edited");

        editor.doSave(new NullProgressMonitor());
        assertFalse(editor.isDirty());
        Study saved = ModelFiles.load(file.getLocation().toPath()).model().getStudies().stream()
                .filter(s -> s.getName().equals(STUDY)).findFirst().orElseThrow();
        assertEquals(List.of("1", "2"), saved.getAxes().stream().filter(a -> a.getName().equals("n")).findFirst()
                .orElseThrow().getValues());
        assertEquals(before + 1, saved.getExclusions().size(), "the new constraint is saved");

        page.run().run();
        RunStudyJob run = page.run().job();
        assertNotNull(run, "Run started the study's job");
        Workbench.poll(120_000, () -> run.progress() != null && run.progress().done() >= 20);
        Workbench.spin(600, () -> false);
        assertTrue(page.run().progressText().startsWith("Running: "), page.run().progressText());
        Workbench.screenshotMaximized(editor, "study-editor-running");
        page.run().stop();
        assertTrue(run.join(120_000, new NullProgressMonitor()));
        assertEquals(IStatus.CANCEL, run.getResult().getSeverity(), run.getResult().toString());

        Workbench.page().closeEditor(editor, false);
        IEditorPart reopened = openFromTheProjectExplorer(file);
        StudyPage again = ModelEditors.page(reopened, StudyPage.class);
        Workbench.spin(60_000, () -> again.run().offer() != null);
        assertNotNull(again.run().offer(), "re-opening the half-run study offers to resume it");
        assertTrue(again.run().offer().contains("of 1,320 candidates done"), again.run().offer());
        Workbench.screenshotMaximized(reopened, "study-editor-resume");
        again.run().run();
        RunStudyJob resumed = again.run().job();
        assertNotNull(resumed);
        assertTrue(resumed.join(300_000, new NullProgressMonitor()), "the resumed run did not end in 5 minutes");
        assertTrue(resumed.getResult().isOK(), resumed.getResult().toString());
        assertEquals(run.summary().computed(), resumed.summary().cached(), "the stopped run's work is reused");
        assertNull(again.run().offer(), "nothing left to resume");
        Workbench.page().closeEditor(reopened, false);
    }

    /** Selects the study in the Project Explorer and opens it as a double-click does. */
    private static IEditorPart openFromTheProjectExplorer(IFile file) throws Exception {
        CommonNavigator explorer = (CommonNavigator) Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
        explorer.getCommonViewer().expandToLevel(file, 1);
        explorer.getCommonViewer().setSelection(new StructuredSelection(new StudyRef(file, STUDY)), true);
        Workbench.spin(300, () -> false);
        IAction open = explorer.getViewSite().getActionBars().getGlobalActionHandler(ICommonActionConstants.OPEN);
        assertNotNull(open, "the Project Explorer can open the selected study");
        open.run();
        IEditorPart editor = Workbench.page().getActiveEditor();
        assertNotNull(editor);
        assertEquals(ModelEditors.EDITOR_ID, editor.getSite().getId());
        return editor;
    }

    private static ParameterAxis axis(IEditorPart editor, String name) {
        StudyPage page = ModelEditors.page(editor, StudyPage.class);
        return Arrays.stream(page.tables().get(0).getTable().getItems()).map(i -> (ParameterAxis) i.getData())
                .filter(a -> a.getName().equals(name)).findFirst().orElseThrow();
    }

    /** Types a value into a cell as a user does: the cell's editor opened, the text typed, Enter. */
    private static void type(TableViewer viewer, Object element, int column, String text) {
        viewer.editElement(element, column);
        Text editor = Arrays.stream(viewer.getTable().getChildren()).filter(Text.class::isInstance)
                .map(Text.class::cast).filter(Control::isVisible).findFirst().orElseThrow(
                        () -> new AssertionError("no cell editor in column " + column));
        editor.setText(text);
        editor.notifyListeners(SWT.DefaultSelection, null);
        Workbench.spin(100, () -> false);
    }

    private static void command(IEditorPart editor, String id) throws Exception {
        editor.getSite().getService(IHandlerService.class).executeCommand(id, null);
        Workbench.spin(100, () -> false);
    }

    private static void press(Composite group, String label) {
        Button button = Arrays.stream(((Group) group).getChildren()).filter(Button.class::isInstance)
                .map(Button.class::cast).filter(b -> b.getText().equals(label)).findFirst().orElseThrow();
        button.notifyListeners(SWT.Selection, null);
        Workbench.spin(100, () -> false);
    }
}
