package org.heterostack.ui.editor.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

/**
 * The one selection of an editor that its views share: the stack canvas, the model tree, the Outline and the
 * Properties view. Whichever of them the user selects in sets it; all others follow. Setting the same selection
 * again does nothing, so the views can follow each other without looping.
 */
public final class SelectionHub implements ISelectionProvider {

    /** Something that shows the selection. */
    @FunctionalInterface
    public interface Follower {
        /** @param selection the new selection to show (without reporting it back) */
        void show(ISelection selection);
    }

    private final List<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();
    private final List<Follower> followers = new CopyOnWriteArrayList<>();
    private ISelection selection = StructuredSelection.EMPTY;
    private boolean updating;

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    @Override
    public void setSelection(ISelection newSelection) {
        ISelection next = newSelection == null ? StructuredSelection.EMPTY : newSelection;
        if (updating || next.equals(selection)) {
            return;
        }
        updating = true;
        try {
            selection = next;
            followers.forEach(f -> f.show(next));
            SelectionChangedEvent event = new SelectionChangedEvent(this, next);
            listeners.forEach(l -> l.selectionChanged(event));
        } finally {
            updating = false;
        }
    }

    /** @param follower shown every new selection until removed */
    public void addFollower(Follower follower) {
        followers.add(follower);
    }

    /** @param follower no longer shown the selection */
    public void removeFollower(Follower follower) {
        followers.remove(follower);
    }
}
