package org.heterostack.ui.editor.bridge;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;

/**
 * A JFace tree content provider over EMF item providers: the children of an object are what its
 * {@link ITreeItemContentProvider} says. A resource shows its root objects, a resource set its resources. While
 * attached to a viewer it follows the model: every change the item providers report refreshes the object concerned
 * (its children when the structure changed, its label otherwise).
 */
public class ItemContentProvider implements ITreeContentProvider, INotifyChangedListener {

    private static final Object[] NONE = {};

    private final AdapterFactory adapterFactory;
    private StructuredViewer viewer;

    /**
     * @param adapterFactory the factory of the item providers, usually a {@code ComposedAdapterFactory}; when it
     *                       is an {@link IChangeNotifier} this provider listens to it until disposed
     */
    public ItemContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        this.viewer = newViewer instanceof StructuredViewer structured ? structured : null;
    }

    @Override
    public Object[] getElements(Object input) {
        if (input instanceof ResourceSet resourceSet) {
            return resourceSet.getResources().toArray();
        }
        if (input instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        if (input instanceof Object[] array) {
            return array;
        }
        if (input instanceof Collection<?> collection) {
            return collection.toArray();
        }
        Object provider = adapterFactory.adapt(input, IStructuredItemContentProvider.class);
        return provider instanceof IStructuredItemContentProvider items ? items.getElements(input).toArray() : NONE;
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof Resource resource) {
            return resource.getContents().toArray();
        }
        ITreeItemContentProvider provider = tree(parent);
        return provider == null ? NONE : provider.getChildren(parent).toArray();
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider provider = tree(element);
        return provider == null ? null : provider.getParent(element);
    }

    @Override
    public boolean hasChildren(Object element) {
        if (element instanceof Resource resource) {
            return !resource.getContents().isEmpty();
        }
        ITreeItemContentProvider provider = tree(element);
        return provider != null && provider.hasChildren(element);
    }

    /**
     * Refreshes what a model change concerns; runs on the viewer's display thread.
     *
     * @param notification the change, as the item providers report it
     */
    @Override
    public void notifyChanged(Notification notification) {
        StructuredViewer target = viewer;
        if (target == null || target.getControl() == null || target.getControl().isDisposed()) {
            return;
        }
        Display display = target.getControl().getDisplay();
        if (display.getThread() == Thread.currentThread()) {
            refresh(target, notification);
        } else {
            display.asyncExec(() -> {
                if (!target.getControl().isDisposed()) {
                    refresh(target, notification);
                }
            });
        }
    }

    private static void refresh(StructuredViewer target, Notification notification) {
        if (!(notification instanceof IViewerNotification change)) {
            return;
        }
        Object element = change.getElement();
        if (change.isContentRefresh()) {
            target.refresh(element, change.isLabelUpdate());
        } else if (change.isLabelUpdate()) {
            target.update(element, null);
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
        viewer = null;
    }

    private ITreeItemContentProvider tree(Object element) {
        return adapterFactory.adapt(element, ITreeItemContentProvider.class) instanceof ITreeItemContentProvider p ? p
                : null;
    }
}
