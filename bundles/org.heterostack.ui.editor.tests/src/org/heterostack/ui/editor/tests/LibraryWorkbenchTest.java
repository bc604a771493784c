package org.heterostack.ui.editor.tests;

import static org.heterostack.ui.editor.tests.EditorTestSupport.open;
import static org.heterostack.ui.editor.tests.EditorTestSupport.page;
import static org.heterostack.ui.editor.tests.EditorTestSupport.screenshot;
import static org.heterostack.ui.editor.tests.EditorTestSupport.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.TreeItem;
import org.heterostack.model.Device;
import org.heterostack.model.LayerRole;
import org.heterostack.model.Material;
import org.heterostack.model.TransportMaterial;
import org.heterostack.ui.editor.internal.HeterostackEditor;
import org.heterostack.ui.editor.internal.library.LibraryView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Library view: searching it, and dropping its materials onto the stack (the code path of a real drop). */
class LibraryWorkbenchTest {

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    @Test
    void searchAndDropOntoTheStack() throws Exception {
        IFile file = EditorTestSupport.freshExample("ba-mapbi3-nip.hstack", "library-drop.hstack");
        HeterostackEditor editor = open(file);
        LibraryView library = (LibraryView) page().showView(LibraryView.ID);
        library.search("phenethyl");
        spin(200, () -> false);
        TreeItem[] groups = library.viewer().getTree().getItems();
        assertEquals(1, groups.length, "only the spacers match");
        assertTrue(Arrays.stream(groups[0].getItems()).anyMatch(i -> i.getText().startsWith("PEA \u2014 phenethylammonium")),
                Arrays.toString(groups[0].getItems()));
        Material pea = (Material) Arrays.stream(groups[0].getItems()).filter(i -> i.getText().startsWith("PEA "))
                .findFirst().orElseThrow().getData();
        library.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(pea), true);
        assertTrue(library.detailsText().matches("(?s)PEA \u2014 phenethylammonium\nFormula \\[C8H12N\\]\\+, 122\\.1\\d g/mol, "
                + "charge \\+1\nSMILES .*"), "the spacer's formula from its SMILES: " + library.detailsText());
        page().activate(editor);
        Device device = editor.document().model().getDevices().get(0);
        var canvas = editor.pages().stack().canvas();
        canvas.redraw();
        canvas.update();
        int absorberMiddle = canvas.geometry().bands().get(2).middle();
        editor.pages().stack().dropAt(pea, absorberMiddle);
        assertEquals(7, device.getLayers().size());
        assertEquals(LayerRole.PASSIVATION_2D, device.getLayers().get(3).getRole(), "dropped on the absorber: above it");
        page().showView(LibraryView.ID);
        screenshot("library-drop");

        library.search("PTAA");
        spin(200, () -> false);
        Material ptaa = (Material) library.viewer().getTree().getItem(0).getItem(0).getData();
        assertTrue(ptaa instanceof TransportMaterial);
        page().activate(editor);
        int htlMiddle = canvas.geometry().bands().get(5).middle();
        editor.pages().stack().dropAt(ptaa, htlMiddle);
        assertEquals(LayerRole.HTL, device.getLayers().get(6).getRole());
        assertEquals("PTAA", device.getLayers().get(6).getMaterial().getName());
        assertFalse(ptaa.eContainer() == device.getLayers().get(6).getMaterial().eContainer(),
                "the model has its own copy; the library is untouched");
        editor.document().domain().getCommandStack().undo();
        assertEquals(7, device.getLayers().size(), "one undo removes the dropped layer and its material");
        assertTrue(editor.document().model().getMaterials().stream().noneMatch(m -> "PTAA".equals(m.getName())));
    }
}
