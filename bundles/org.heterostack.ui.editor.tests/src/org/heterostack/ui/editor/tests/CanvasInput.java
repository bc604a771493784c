package org.heterostack.ui.editor.tests;

import static org.heterostack.ui.editor.tests.EditorTestSupport.spin;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.heterostack.ui.editor.internal.HeterostackEditor;
import org.heterostack.ui.editor.internal.stack.StackCanvas;
import org.heterostack.ui.editor.internal.stack.StackPainter;

/** A user's mouse and keyboard on the stack canvas, and what the editor has selected. */
final class CanvasInput {

    private CanvasInput() {
    }

    static Object selected(HeterostackEditor editor) {
        return ((IStructuredSelection) editor.selection().getSelection()).getFirstElement();
    }

    static void click(StackCanvas canvas, int slab) {
        canvas.redraw();
        canvas.update();
        int y = canvas.geometry().bands().get(slab).middle();
        mouse(canvas, SWT.MouseDown, y);
        mouse(canvas, SWT.MouseUp, y);
    }

    /** A mouse event in the middle of the stack's width at a height. */
    static void mouse(StackCanvas canvas, int type, int y) {
        Rectangle stack = StackPainter.stackArea(canvas.getClientArea());
        Event e = new Event();
        e.button = 1;
        e.stateMask = type == SWT.MouseMove ? SWT.BUTTON1 : 0;
        e.x = stack.x + stack.width / 2;
        e.y = y;
        canvas.notifyListeners(type, e);
        spin(100, () -> false);
    }

    static void key(StackCanvas canvas, int keyCode, int stateMask) {
        Event e = new Event();
        e.keyCode = keyCode;
        e.stateMask = stateMask;
        canvas.notifyListeners(SWT.KeyDown, e);
        spin(50, () -> false);
    }
}
