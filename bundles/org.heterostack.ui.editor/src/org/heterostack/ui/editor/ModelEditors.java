package org.heterostack.ui.editor;

/**
 * Identifiers of the Heterostack model editor that other bundles and tests may rely on.
 */
public final class ModelEditors {

    /** The editor of {@code .hstack} files (the default editor of the file extension). */
    public static final String EDITOR_ID = "org.heterostack.ui.editor";

    /** The marker type of the editor's validation findings (a problem marker on the model file). */
    public static final String PROBLEM_MARKER_TYPE = "org.heterostack.ui.editor.problem";

    private ModelEditors() {
    }
}
