package org.heterostack.ui.editor.internal;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

/**
 * The editor's Undo, Redo, Delete and Revert, the handlers of the workbench's global actions of the same names
 * (Edit menu, Ctrl+Z, Ctrl+Y, Delete, File > Revert). Undo and Redo name the command they undo or redo.
 */
final class EditorActions {

    final Action undo = new Action() {
        @Override
        public void run() {
            editor.document().domain().getCommandStack().undo();
        }
    };

    final Action redo = new Action() {
        @Override
        public void run() {
            editor.document().domain().getCommandStack().redo();
        }
    };

    final Action delete = new Action("&Delete") {
        @Override
        public void run() {
            Command command = deleteCommand();
            if (command.canExecute()) {
                editor.document().domain().getCommandStack().execute(command);
            }
        }
    };

    final Action revert = new Action("Rever&t") {
        @Override
        public void run() {
            editor.revert();
        }
    };

    private final HeterostackEditor editor;

    EditorActions(HeterostackEditor editor) {
        this.editor = editor;
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        undo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_UNDO);
        undo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_UNDO));
        redo.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_REDO);
        redo.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_REDO));
        delete.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_DELETE);
        delete.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_DELETE));
        revert.setActionDefinitionId(IWorkbenchCommandConstants.FILE_REVERT);
        update();
    }

    /** The global actions this editor handles. */
    static final List<ActionFactory> GLOBAL = List.of(ActionFactory.UNDO, ActionFactory.REDO, ActionFactory.DELETE,
            ActionFactory.REVERT);

    /**
     * Makes these actions the handlers of the global actions in a part's action bars.
     *
     * @param bars the action bars of the editor or of a page showing its objects
     */
    void share(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
        bars.updateActionBars();
    }

    /** Enables and labels the actions for the current command stack, selection and dirty state. */
    void update() {
        CommandStack stack = editor.document().domain().getCommandStack();
        Command next = stack.getUndoCommand();
        undo.setEnabled(stack.canUndo());
        undo.setText(next == null || next.getLabel() == null ? "&Undo" : "&Undo " + next.getLabel());
        Command again = stack.getRedoCommand();
        redo.setEnabled(stack.canRedo());
        redo.setText(again == null || again.getLabel() == null ? "&Redo" : "&Redo " + again.getLabel());
        delete.setEnabled(editor.document().model() != null && deleteCommand().canExecute());
        revert.setEnabled(editor.isDirty());
    }

    private Command deleteCommand() {
        EditingDomain domain = editor.document().domain();
        List<?> selected = editor.selection().getSelection() instanceof IStructuredSelection s ? s.toList() : List.of();
        boolean deletable = !selected.isEmpty() && selected.stream()
                .allMatch(o -> o instanceof EObject e && e.eContainer() != null && !(o instanceof Resource));
        return deletable ? DeleteCommand.create(domain, selected) : UnexecutableCommand.INSTANCE;
    }
}
