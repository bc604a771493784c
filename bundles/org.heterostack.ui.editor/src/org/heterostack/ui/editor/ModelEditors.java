package org.heterostack.ui.editor;

import org.eclipse.ui.IEditorPart;
import org.heterostack.ui.editor.internal.HeterostackEditor;

/**
 * Identifiers of the Heterostack model editor that other bundles and tests may rely on, and what they may ask of an
 * open one.
 */
public final class ModelEditors {

    /** The editor of {@code .hstack} files (the default editor of the file extension). */
    public static final String EDITOR_ID = "org.heterostack.ui.editor";

    /** The marker type of the editor's validation findings (a problem marker on the model file). */
    public static final String PROBLEM_MARKER_TYPE = "org.heterostack.ui.editor.problem";

    /** The extension point through which other bundles add {@link ModelEditorPage}s to the editor. */
    public static final String PAGES_EXTENSION_POINT = "org.heterostack.ui.editor.pages";

    private ModelEditors() {
    }

    /**
     * Brings to the front the editor page that shows an object (asking each contributed {@link ModelEditorPage}).
     *
     * @param editor an open model editor (another editor is left alone)
     * @param object what to show, e.g. a study
     * @return whether a page shows it
     */
    public static boolean reveal(IEditorPart editor, Object object) {
        return editor instanceof HeterostackEditor model && model.pages() != null && model.pages().reveal(object);
    }

    /**
     * @param <T>    the page's type
     * @param editor an open model editor
     * @param type   the class of a contributed {@link ModelEditorPage}
     * @return the editor's page of that class, or null when it has none
     */
    public static <T extends ModelEditorPage> T page(IEditorPart editor, Class<T> type) {
        return editor instanceof HeterostackEditor model && model.pages() != null ? model.pages().page(type) : null;
    }
}
