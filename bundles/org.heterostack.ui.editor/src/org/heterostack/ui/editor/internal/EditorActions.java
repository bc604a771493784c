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
import org.heterostack.model.Device;
import org.heterostack.ui.editor.internal.stack.ModelClipboard;
import org.heterostack.ui.editor.internal.stack.PasteCommand;

/**
 * The editor's Undo, Redo, Cut, Copy, Paste, Delete and Revert, the handlers of the workbench's global actions of
 * the same names (Edit menu, Ctrl+Z, Ctrl+Y, Ctrl+X, Ctrl+C, Ctrl+V, Delete, File > Revert). Undo and Redo name the command they undo or redo.
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
            execute(deleteCommand());
        }
    };

    final Action cut = new Action("Cu&t") {
        @Override
        public void run() {
            execute(ModelClipboard.cut(editor.document().domain(), selectedObjects()));
        }
    };

    final Action copy = new Action("&Copy") {
        @Override
        public void run() {
            ModelClipboard.copy(selectedObjects());
            update();
        }
    };

    final Action paste = new Action("&Paste") {
        @Override
        public void run() {
            execute(pasteCommand());
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
        cut.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_CUT);
        cut.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_CUT));
        copy.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_COPY);
        copy.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_COPY));
        paste.setActionDefinitionId(IWorkbenchCommandConstants.EDIT_PASTE);
        paste.setImageDescriptor(images.getImageDescriptor(ISharedImages.IMG_TOOL_PASTE));
        revert.setActionDefinitionId(IWorkbenchCommandConstants.FILE_REVERT);
        update();
    }

    /** The global actions this editor handles. */
    static final List<ActionFactory> GLOBAL = List.of(ActionFactory.UNDO, ActionFactory.REDO, ActionFactory.CUT,
            ActionFactory.COPY, ActionFactory.PASTE, ActionFactory.DELETE, ActionFactory.REVERT);

    /**
     * Makes these actions the handlers of the global actions in a part's action bars.
     *
     * @param bars the action bars of the editor or of a page showing its objects
     */
    void share(IActionBars bars) {
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
        bars.setGlobalActionHandler(ActionFactory.CUT.getId(), cut);
        bars.setGlobalActionHandler(ActionFactory.COPY.getId(), copy);
        bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), paste);
        bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), delete);
        bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
        update(); // the clipboard may have been filled in another editor meanwhile
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
        boolean loaded = editor.document().model() != null;
        delete.setEnabled(loaded && deleteCommand().canExecute());
        boolean copyable = loaded && ModelClipboard.canCopy(selectedObjects());
        cut.setEnabled(copyable);
        copy.setEnabled(copyable);
        paste.setEnabled(loaded && !ModelClipboard.contents().isEmpty());
        revert.setEnabled(editor.isDirty());
    }

    private Command deleteCommand() {
        EditingDomain domain = editor.document().domain();
        List<?> selected = editor.selection().getSelection() instanceof IStructuredSelection s ? s.toList() : List.of();
        boolean deletable = !selected.isEmpty() && selected.stream()
                .allMatch(o -> o instanceof EObject e && e.eContainer() != null && !(o instanceof Resource));
        return deletable ? DeleteCommand.create(domain, selected) : UnexecutableCommand.INSTANCE;
    }

    /** @return the paste command for the current selection and the device the stack page shows */
    Command pasteCommand() {
        List<EObject> selected = selectedObjects();
        Device shown = editor.pages() != null && editor.pages().stack().target() instanceof Device d ? d : null;
        return PasteCommand.create(editor.document().domain(), editor.document().model(),
                selected.isEmpty() ? null : selected.get(0), shown);
    }

    private List<EObject> selectedObjects() {
        List<?> selected = editor.selection().getSelection() instanceof IStructuredSelection s ? s.toList() : List.of();
        return selected.stream().allMatch(EObject.class::isInstance)
                ? selected.stream().map(EObject.class::cast).toList() : List.of();
    }

    private void execute(Command command) {
        if (command.canExecute()) {
            editor.document().domain().getCommandStack().execute(command);
        }
    }
}
