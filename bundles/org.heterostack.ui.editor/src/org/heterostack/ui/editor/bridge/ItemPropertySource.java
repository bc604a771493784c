package org.heterostack.ui.editor.bridge;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The properties of one object, read and written through its item provider's property descriptors. A value is set
 * with the descriptor's command on the object's editing domain, so it is undoable; a value the
 * {@link PropertyPolicy} refuses is never set.
 */
public class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource itemSource;
    private final AdapterFactory adapterFactory;
    private final PropertyPolicy policy;

    /**
     * @param object         the object
     * @param itemSource     its item provider
     * @param adapterFactory the factory of the item providers (labels of referenced objects)
     * @param policy         the model's checks, inheritance and sources
     */
    public ItemPropertySource(Object object, IItemPropertySource itemSource, AdapterFactory adapterFactory,
            PropertyPolicy policy) {
        this.object = object;
        this.itemSource = itemSource;
        this.adapterFactory = adapterFactory;
        this.policy = policy;
    }

    @Override
    public Object getEditableValue() {
        return object;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> descriptors = itemSource.getPropertyDescriptors(object);
        return descriptors.stream().map(d -> new PropertyDescriptorAdapter(object, d, adapterFactory, policy))
                .toArray(IPropertyDescriptor[]::new);
    }

    /**
     * The value of a property: the object's own value, or, when it has none, the {@link PropertyPolicy.Inherited}
     * value the policy names (so that the view can say where it comes from).
     */
    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor == null) {
            return null;
        }
        Object value = descriptor.getPropertyValue(object);
        Object own = value instanceof IItemPropertySource wrapper ? wrapper.getEditableValue(object) : value;
        if (own == null && !descriptor.isPropertySet(object)) {
            PropertyPolicy.Inherited inherited = policy.inherited(object, descriptor.getFeature(object));
            if (inherited != null) {
                return inherited;
            }
        }
        return own;
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        return descriptor != null && descriptor.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor != null && descriptor.canSetProperty(object)) {
            descriptor.resetPropertyValue(object);
        }
    }

    /**
     * Sets a value through the descriptor's command, unless the policy refuses it.
     *
     * @param id    the property
     * @param value the new value
     * @throws IllegalArgumentException with the policy's message when the value is refused
     */
    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor descriptor = descriptor(id);
        if (descriptor == null || !descriptor.canSetProperty(object) || value instanceof PropertyPolicy.Inherited) {
            return;
        }
        String problem = policy.check(object, descriptor.getFeature(object), value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        descriptor.setPropertyValue(object, value);
    }

    private IItemPropertyDescriptor descriptor(Object id) {
        return itemSource.getPropertyDescriptor(object, id);
    }
}
