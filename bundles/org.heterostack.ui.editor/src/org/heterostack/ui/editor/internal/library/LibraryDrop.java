package org.heterostack.ui.editor.internal.library;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.heterostack.model.Material;
import org.heterostack.ui.editor.internal.HeterostackEditor;

/** Inserting a library material into the model editor the user works in. */
final class LibraryDrop {

    private LibraryDrop() {
    }

    /**
     * Inserts a library material above the selected layer of the active model editor (a spacer as a 2D cap).
     *
     * @param page     the workbench page
     * @param material what the user chose; ignored unless it is a material
     */
    static void insertIntoActiveEditor(IWorkbenchPage page, Object material) {
        IEditorPart editor = page.getActiveEditor();
        if (material instanceof Material m && editor instanceof HeterostackEditor model
                && model.document().model() != null) {
            model.pages().stack().toolBar().insert(m);
            page.activate(model);
        }
    }
}
