package org.heterostack.ui.editor.internal;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The Outline of a model: the whole model as a tree, selecting with the editor. */
final class ModelOutlinePage extends ContentOutlinePage {

    private final HeterostackEditor editor;

    /** @param editor the editor whose model this outlines */
    ModelOutlinePage(HeterostackEditor editor) {
        this.editor = editor;
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        ModelTrees.attach(getTreeViewer(), editor.document(), editor.selection());
    }

    /** Shows the model again after the file was read anew. */
    void refreshModel() {
        if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
            ModelTrees.show(getTreeViewer(), editor.document());
        }
    }

    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        editor.shareGlobalActions(actionBars);
    }
}
