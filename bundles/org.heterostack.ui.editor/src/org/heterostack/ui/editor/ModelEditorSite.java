package org.heterostack.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IEditorPart;
import org.heterostack.model.HeterostackModel;

/** What a {@link ModelEditorPage} may use of the model editor it is a page of. */
public interface ModelEditorSite {

    /** @return the model, or null while the file cannot be read (the editor then shows its problems instead) */
    HeterostackModel model();

    /** @return the editing domain: every change a command on its stack */
    EditingDomain domain();

    /** @return the workspace file, or null for a file outside the workspace */
    IFile file();

    /** @return the editor (to save it before acting on the file, or for its site and shell) */
    IEditorPart editor();
}
