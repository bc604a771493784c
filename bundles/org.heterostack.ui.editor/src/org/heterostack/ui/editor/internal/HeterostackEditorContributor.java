package org.heterostack.ui.editor.internal;

import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Connects the active model editor's Undo, Redo, Cut, Copy, Paste, Delete and Revert to the workbench's global actions. */
public final class HeterostackEditorContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        IActionBars bars = getActionBars();
        if (part instanceof HeterostackEditor editor) {
            editor.shareGlobalActions(bars);
        } else {
            for (ActionFactory action : EditorActions.GLOBAL) {
                bars.setGlobalActionHandler(action.getId(), (IAction) null);
            }
            bars.updateActionBars();
        }
    }
}
