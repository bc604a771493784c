package org.heterostack.ui.editor;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A page another bundle adds to the model editor's tabs (after Stack, Band Diagram and Model), contributed through the
 * extension point {@value ModelEditors#PAGES_EXTENSION_POINT} ({@code <page name="..." class="..."/>}; one instance
 * per editor). The page edits the model only through commands on the editor's editing domain, so that the editor's
 * Undo, Redo, dirty state, Save and Revert cover its changes.
 */
public interface ModelEditorPage {

    /**
     * Makes the page's control.
     *
     * @param parent the editor's tabs
     * @param editor the editor's model, editing domain and file
     * @return the page's control (a child of {@code parent})
     */
    Control create(Composite parent, ModelEditorSite editor);

    /** The model changed: a command ran or was undone or redone, or the file was read again. */
    void modelChanged();

    /**
     * Shows an object on this page when it is one of the page's (for {@link ModelEditors#reveal}).
     *
     * @param object what to show
     * @return whether the page shows it now (the editor then brings the page to the front)
     */
    boolean reveal(Object object);

    /** Releases what the page holds; its control is disposed with the editor. */
    default void dispose() {
    }
}
