package org.heterostack.ui.editor.tests;

import static org.heterostack.ui.editor.tests.CanvasInput.click;
import static org.heterostack.ui.editor.tests.CanvasInput.selected;
import static org.heterostack.ui.editor.tests.EditorTestSupport.open;
import static org.heterostack.ui.editor.tests.EditorTestSupport.page;
import static org.heterostack.ui.editor.tests.EditorTestSupport.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Layer;
import org.heterostack.ui.editor.internal.HeterostackEditor;
import org.heterostack.ui.editor.internal.stack.ModelClipboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Edit > Copy, Cut and Paste (Ctrl+C, Ctrl+X, Ctrl+V) on the stack canvas, within a file and into another one. */
class ClipboardWorkbenchTest {

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
        ModelClipboard.clear();
    }

    @Test
    void copyAndPasteLayersThroughTheEditMenu() throws Exception {
        IHandlerService handlers = page().getWorkbenchWindow().getService(IHandlerService.class);
        HeterostackEditor nip = open(EditorTestSupport.freshExample("ba-mapbi3-nip.hstack", "clipboard-nip.hstack"));
        Device cell = nip.document().model().getDevices().get(0);
        spin(300, () -> nip.pages().stack().canvas().geometry() != null);
        click(nip.pages().stack().canvas(), 4);
        Layer htl = cell.getLayers().get(4);
        assertSame(htl, selected(nip));
        handlers.executeCommand(IWorkbenchCommandConstants.EDIT_COPY, null);
        handlers.executeCommand(IWorkbenchCommandConstants.EDIT_PASTE, null);
        assertEquals(7, cell.getLayers().size());
        Layer pasted = cell.getLayers().get(5);
        assertEquals("HTL 2", pasted.getName());
        assertSame(pasted, selected(nip), "the pasted layer is selected");
        spin(200, () -> false);
        EditorTestSupport.screenshotMaximized(nip, "stack-pasted-layer");

        IFile ledFile = EditorTestSupport.freshExample("pea-led.hstack", "clipboard-led.hstack");
        HeterostackEditor led = open(ledFile);
        HeterostackModel ledModel = led.document().model();
        Device diode = ledModel.getDevices().get(0);
        spin(300, () -> led.pages().stack().canvas().geometry() != null);
        click(led.pages().stack().canvas(), 1);
        handlers.executeCommand(IWorkbenchCommandConstants.EDIT_PASTE, null);
        Layer arrived = diode.getLayers().get(2);
        assertEquals("HTL 2", arrived.getName(), "the LED has an HTL already");
        assertSame(ledModel.findByName("spiro-OMeTAD"), arrived.getMaterial(), "its material came along");
        spin(200, () -> false);
        EditorTestSupport.screenshotMaximized(led, "stack-pasted-from-another-file");
        handlers.executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertEquals(5, diode.getLayers().size());
        assertNull(ledModel.findByName("spiro-OMeTAD"), "one undo takes the layer and its material back out");

        click(led.pages().stack().canvas(), 3);
        Layer etl = diode.getLayers().get(3);
        handlers.executeCommand(IWorkbenchCommandConstants.EDIT_CUT, null);
        assertEquals(4, diode.getLayers().size());
        click(led.pages().stack().canvas(), 0);
        handlers.executeCommand(IWorkbenchCommandConstants.EDIT_PASTE, null);
        assertEquals(etl.getName(), diode.getLayers().get(1).getName(), "cut and pasted above the bottom electrode");
    }
}
