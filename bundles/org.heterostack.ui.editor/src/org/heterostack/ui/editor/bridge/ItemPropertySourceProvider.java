package org.heterostack.ui.editor.bridge;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Gives the Properties view an {@link IPropertySource} for every object whose item provider is an
 * {@link IItemPropertySource}: the generated property descriptors, with units in their names, editors by type and
 * the checks, inheritance and sources of a {@link PropertyPolicy}.
 */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

    private final AdapterFactory adapterFactory;
    private final PropertyPolicy policy;

    /**
     * @param adapterFactory the factory of the item providers
     * @param policy         the model's checks, inheritance and sources
     */
    public ItemPropertySourceProvider(AdapterFactory adapterFactory, PropertyPolicy policy) {
        this.adapterFactory = adapterFactory;
        this.policy = policy;
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        if (object instanceof IPropertySource source) {
            return source;
        }
        return adapterFactory.adapt(object, IItemPropertySource.class) instanceof IItemPropertySource item
                ? new ItemPropertySource(object, item, adapterFactory, policy)
                : null;
    }
}
