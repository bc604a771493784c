package org.heterostack.ui.editor.internal;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.dialogs.SaveAsDialog;
import org.eclipse.ui.part.FileEditorInput;

/** File > Save As for the model editor: a new workspace file, written atomically, which the editor then edits. */
final class SaveAs {

    private SaveAs() {
    }

    static void run(HeterostackEditor editor) {
        SaveAsDialog dialog = new SaveAsDialog(editor.getSite().getShell());
        if (editor.file() != null) {
            dialog.setOriginalFile(editor.file());
        }
        if (dialog.open() != Window.OK || dialog.getResult() == null) {
            return;
        }
        IPath path = dialog.getResult();
        if (path.getFileExtension() == null) {
            path = path.addFileExtension("hstack");
        }
        IFile target = ResourcesPlugin.getWorkspace().getRoot().getFile(path);
        saveTo(editor, target);
    }

    /**
     * Writes the editor's model to a workspace file and makes the editor edit that file.
     *
     * @param editor the editor
     * @param target the new file (its project must exist)
     * @return whether the model was written
     */
    static boolean saveTo(HeterostackEditor editor, IFile target) {
        if (target.getLocation() == null) {
            MessageDialog.openError(editor.getSite().getShell(), "Cannot Save As", target.getFullPath()
                    + " is not on the local disk");
            return false;
        }
        try {
            editor.document().saveAs(target.getLocation().toPath());
            target.refreshLocal(IResource.DEPTH_ZERO, null);
        } catch (IOException | CoreException | RuntimeException e) {
            MessageDialog.openError(editor.getSite().getShell(), "Cannot Save As", "The model could not be saved as "
                    + target.getFullPath() + ":\n\n" + e.getMessage() + "\n\nThe editor keeps all your changes.");
            return false;
        }
        editor.movedTo(new FileEditorInput(target), target);
        return true;
    }
}
