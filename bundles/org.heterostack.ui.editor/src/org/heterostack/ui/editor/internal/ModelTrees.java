package org.heterostack.ui.editor.internal;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.heterostack.ui.editor.bridge.ItemContentProvider;
import org.heterostack.ui.editor.bridge.ItemLabelProvider;

/**
 * Sets up a tree of the model (the editor's Model page, the Outline) over the item providers, joined to the
 * editor's shared selection.
 */
final class ModelTrees {

    private ModelTrees() {
    }

    /**
     * Gives a tree viewer the item providers' content and labels, shows the model in it and makes it select with the
     * editor.
     *
     * @param viewer   the viewer
     * @param document the open model
     * @param hub      the editor's selection
     */
    static void attach(TreeViewer viewer, ModelDocument document, SelectionHub hub) {
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new ItemContentProvider(document.adapterFactory()));
        viewer.setLabelProvider(new ItemLabelProvider(document.adapterFactory(), ModelLabels::text));
        show(viewer, document);
        viewer.addSelectionChangedListener(event -> hub.setSelection(event.getSelection()));
        SelectionHub.Follower follower = selection -> reveal(viewer, selection);
        hub.addFollower(follower);
        viewer.getControl().addDisposeListener(e -> hub.removeFollower(follower));
    }

    /**
     * Shows the document's model (again, after it was read anew).
     *
     * @param viewer   the viewer
     * @param document the open model
     */
    static void show(TreeViewer viewer, ModelDocument document) {
        viewer.setInput(document.resource());
        viewer.expandToLevel(2);
    }

    private static void reveal(TreeViewer viewer, ISelection selection) {
        if (viewer.getControl().isDisposed() || !(selection instanceof IStructuredSelection structured)
                || structured.equals(viewer.getStructuredSelection())) {
            return;
        }
        viewer.setSelection(structured, true);
    }
}
