package org.heterostack.ui.editor.bridge;

import java.util.function.Function;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * A JFace label provider over EMF item providers: the text and icon of an object are what its
 * {@link IItemLabelProvider} says, unless the model names it better. A resource is labelled by the last segment of its
 * URI.
 */
public class ItemLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final Function<Object, String> texts;
    private final ItemImages images = new ItemImages();

    /** @param adapterFactory the factory of the item providers */
    public ItemLabelProvider(AdapterFactory adapterFactory) {
        this(adapterFactory, object -> null);
    }

    /**
     * @param adapterFactory the factory of the item providers
     * @param texts          the model's own text for an object, or null to use the item provider's
     */
    public ItemLabelProvider(AdapterFactory adapterFactory, Function<Object, String> texts) {
        this.adapterFactory = adapterFactory;
        this.texts = texts;
    }

    @Override
    public String getText(Object element) {
        if (element instanceof Resource resource) {
            return resource.getURI() == null ? "" : resource.getURI().lastSegment();
        }
        String text = texts.apply(element);
        if (text != null) {
            return text;
        }
        IItemLabelProvider provider = labels(element);
        return provider != null ? provider.getText(element) : element == null ? "" : element.toString();
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider provider = labels(element);
        return provider == null ? null : images.image(provider.getImage(element));
    }

    @Override
    public void dispose() {
        images.dispose();
        super.dispose();
    }

    private IItemLabelProvider labels(Object element) {
        return adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider p ? p : null;
    }
}
