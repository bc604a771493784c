package org.heterostack.ui.editor.tests;

import static org.heterostack.ui.editor.tests.EditorTestSupport.open;
import static org.heterostack.ui.editor.tests.EditorTestSupport.page;
import static org.heterostack.ui.editor.tests.EditorTestSupport.screenshot;
import static org.heterostack.ui.editor.tests.EditorTestSupport.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.properties.PropertySheet;
import org.heterostack.model.Layer;
import org.heterostack.model.io.ModelFiles;
import org.heterostack.ui.editor.ModelEditors;
import org.heterostack.ui.editor.internal.HeterostackEditor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The model editor in the workbench, driven as a user would; every step leaves a screenshot. */
class ModelEditorWorkbenchTest {

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    @Test
    void opensByDefaultWithOutlineAndProperties() throws Exception {
        IFile file = EditorTestSupport.freshExample("ba-mapbi3-nip.hstack", "ba-mapbi3-nip.hstack");
        assertEquals(ModelEditors.EDITOR_ID, IDE.getDefaultEditor(file).getId());
        HeterostackEditor editor = open(file);
        Layer absorber = editor.document().model().getDevices().get(0).getLayers().get(2);
        ContentOutline outline = (ContentOutline) page().showView(IPageLayout.ID_OUTLINE);
        page().activate(editor);
        editor.selection().setSelection(new StructuredSelection(absorber));
        page().showView(IPageLayout.ID_PROP_SHEET);
        page().activate(editor);
        spin(500, () -> false);
        Tree outlineTree = (Tree) outline.getCurrentPage().getControl();
        assertEquals(1, outlineTree.getSelectionCount());
        assertEquals("Layer absorber (MAPbI3, 400 nm)", outlineTree.getSelection()[0].getText());
        TreeItem gap = property("Band gap (eV)");
        assertEquals("1.52   (from material 'MAPbI3')", gap.getText(1));
        screenshot("editor-outline-properties");
    }

    @Test
    void editsUndoRedoSaveAndReopen() throws Exception {
        IFile file = EditorTestSupport.freshExample("ba-mapbi3-nip.hstack", "edit-undo-save.hstack");
        HeterostackEditor editor = open(file);
        Layer cap = editor.document().model().getDevices().get(0).getLayers().get(3);
        editor.document().domain().getCommandStack().execute(SetCommand.create(editor.document().domain(), cap,
                cap.eClass().getEStructuralFeature("thicknessNm"), 25.0));
        assertTrue(editor.isDirty());
        IHandlerService handlers = page().getWorkbenchWindow().getService(IHandlerService.class);
        handlers.executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertEquals(10.0, cap.getThicknessNm());
        assertFalse(editor.isDirty());
        handlers.executeCommand(IWorkbenchCommandConstants.EDIT_REDO, null);
        assertEquals(25.0, cap.getThicknessNm());
        editor.doSave(null);
        assertFalse(editor.isDirty());
        page().closeEditor(editor, false);
        assertEquals(25.0, ModelFiles.load(file.getLocation().toPath()).model().getDevices().get(0).getLayers().get(3)
                .getThicknessNm());
        HeterostackEditor reopened = open(file);
        assertEquals(25.0, reopened.document().model().getDevices().get(0).getLayers().get(3).getThicknessNm());
    }

    @Test
    void refusesAnInvalidValueInPlaceWithTheValidatorsMessage() throws Exception {
        IFile file = EditorTestSupport.freshExample("ba-mapbi3-nip.hstack", "refused.hstack");
        HeterostackEditor editor = open(file);
        Layer absorber = editor.document().model().getDevices().get(0).getLayers().get(2);
        editor.selection().setSelection(new StructuredSelection(absorber));
        PropertySheet sheet = (PropertySheet) page().showView(IPageLayout.ID_PROP_SHEET);
        spin(300, () -> false);
        TreeItem thickness = property("Thickness (nm)");
        Tree tree = thickness.getParent();
        tree.setSelection(thickness);
        Rectangle cell = thickness.getBounds(1);
        Event click = new Event();
        click.x = cell.x + 5;
        click.y = cell.y + cell.height / 2;
        click.button = 1;
        tree.notifyListeners(SWT.MouseDown, click);
        spin(300, () -> false);
        Text field = (Text) Arrays.stream(tree.getChildren()).filter(Text.class::isInstance).findFirst()
                .orElseThrow(() -> new AssertionError("no cell editor opened"));
        field.setText("-5");
        spin(200, () -> false);
        String message = "Layer 'absorber' of device 'BA-MAPbI3-nip': thicknessNm is -5, it must be > 0";
        assertEquals(message, field.getToolTipText());
        screenshot("editor-refused-value");
        field.notifyListeners(SWT.DefaultSelection, new Event());
        spin(200, () -> false);
        assertEquals(400.0, absorber.getThicknessNm());
        assertFalse(editor.isDirty());
        assertNotNull(sheet);
    }

    @Test
    void aBrokenFileShowsItsProblemsWithLineAndColumn() throws Exception {
        IFile file = EditorTestSupport.write("broken.hstack", ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <hstack:HeterostackModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:hstack="http://heterostack.org/model/1.0">
                  <devices name="cell">
                    <layers name="ETL" thicknessNm="50.0">
                  </devices>
                </hstack:HeterostackModel>
                """).getBytes(StandardCharsets.UTF_8));
        HeterostackEditor editor = open(file);
        assertTrue(editor.pages().showsErrorPage());
        var row = editor.pages().problemTable().getItem(0);
        assertEquals("6", row.getText(0));
        assertTrue(row.getText(3).contains("layers"), row.getText(3));
        screenshot("editor-error-page");
    }

    @Test
    void followsAChangeOnDiskAndMarksProblems() throws Exception {
        IFile file = EditorTestSupport.freshExample("ba-mapbi3-nip.hstack", "changed-on-disk.hstack");
        HeterostackEditor editor = open(file);
        String changed = EditorTestSupport.text(file).replace("name=\"HTL\" role=\"HTL\" material=\"spiro-OMeTAD\" "
                + "thicknessNm=\"200.0\"", "name=\"HTL\" role=\"HTL\" material=\"spiro-OMeTAD\" thicknessNm=\"-1.0\"");
        EditorTestSupport.write(file.getName(), changed.getBytes(StandardCharsets.UTF_8));
        spin(3_000, () -> editor.document().model().getDevices().get(0).getLayers().get(4).getThicknessNm() < 0);
        Layer htl = editor.document().model().getDevices().get(0).getLayers().get(4);
        assertEquals(-1.0, htl.getThicknessNm(), "read again from disk");
        Job.getJobManager().join(org.eclipse.core.resources.ResourcesPlugin.FAMILY_MANUAL_BUILD, null);
        spin(3_000, () -> markers(file).length > 0);
        IMarker marker = Arrays.stream(markers(file))
                .filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("thicknessNm is -1")).findFirst()
                .orElseThrow(() -> new AssertionError("no marker for the negative thickness"));
        assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
        editor.selection().setSelection(StructuredSelection.EMPTY);
        IDE.gotoMarker(editor, marker);
        assertEquals(htl, ((IStructuredSelection) editor.selection().getSelection()).getFirstElement());
        page().showView(IPageLayout.ID_PROBLEM_VIEW);
        screenshot("editor-problems");
    }

    private static IMarker[] markers(IFile file) {
        try {
            return file.findMarkers(ModelEditors.PROBLEM_MARKER_TYPE, false, IResource.DEPTH_ZERO);
        } catch (org.eclipse.core.runtime.CoreException e) {
            throw new AssertionError(e);
        }
    }

    /** The Properties view's row of a property. */
    private static TreeItem property(String name) throws Exception {
        PropertySheet sheet = (PropertySheet) page().findView(IPageLayout.ID_PROP_SHEET);
        Control control = sheet.getCurrentPage().getControl();
        Tree tree = (Tree) control;
        spin(2_000, () -> find(tree.getItems(), name) != null);
        TreeItem item = find(tree.getItems(), name);
        assertNotNull(item, name + " not in the Properties view");
        return item;
    }

    private static TreeItem find(TreeItem[] items, String name) {
        for (TreeItem item : items) {
            if (item.getText(0).equals(name)) {
                return item;
            }
            item.setExpanded(true);
            TreeItem inner = find(item.getItems(), name);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }
}
