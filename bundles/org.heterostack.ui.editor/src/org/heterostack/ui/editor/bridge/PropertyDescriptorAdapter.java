package org.heterostack.ui.editor.bridge;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/**
 * One property of one object for the Properties view, over an EMF {@link IItemPropertyDescriptor}: named with its
 * unit, described by the attribute's documentation, its source and where an inherited value comes from, shown
 * with readable enumeration literals and object labels, and edited by a cell editor that fits its type (text with
 * checking for numbers and strings, a drop-down list for enumerations, booleans and single references, a
 * selection dialog for multiple references and enumerations).
 */
public class PropertyDescriptorAdapter implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor descriptor;
    private final AdapterFactory adapterFactory;
    private final PropertyPolicy policy;

    /**
     * @param object         the object whose property this is
     * @param descriptor     the item provider's descriptor
     * @param adapterFactory the factory of the item providers (labels of referenced objects)
     * @param policy         the model's checks, inheritance and sources
     */
    public PropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor, AdapterFactory adapterFactory,
            PropertyPolicy policy) {
        this.object = object;
        this.descriptor = descriptor;
        this.adapterFactory = adapterFactory;
        this.policy = policy;
    }

    /** @return the structural feature behind this property, or null */
    public EStructuralFeature feature() {
        return descriptor.getFeature(object) instanceof EStructuralFeature feature ? feature : null;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        EStructuralFeature feature = feature();
        if (feature == null || !descriptor.canSetProperty(object)) {
            return null;
        }
        if (feature.isMany()) {
            boolean choices = feature instanceof EAttribute attribute ? attribute.getEType() instanceof EEnum
                    : true;
            return choices ? new ChoicesDialogCellEditor(parent, getDisplayName(), choices(), choiceLabels()) : null;
        }
        if (feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EDataType type
                && !(type instanceof EEnum) && type.getInstanceClass() != boolean.class
                && type.getInstanceClass() != Boolean.class) {
            return new ValueTextCellEditor(parent, type, value -> policy.check(object, feature, value));
        }
        ChoiceCellEditor editor = new ChoiceCellEditor(parent, choiceLabels(), choices());
        editor.setValidator(value -> policy.check(object, feature, value));
        return editor;
    }

    private List<Object> choices() {
        Collection<?> choices = descriptor.getChoiceOfValues(object);
        EStructuralFeature feature = feature();
        if ((choices == null || choices.isEmpty()) && feature != null) {
            Class<?> type = feature.getEType().getInstanceClass();
            if (type == boolean.class || type == Boolean.class) {
                return List.of(Boolean.TRUE, Boolean.FALSE);
            }
        }
        return choices == null ? List.of() : choices.stream().map(Unset::toChoice).toList();
    }

    @Override
    public String getCategory() {
        return descriptor.getCategory(object);
    }

    @Override
    public String getDescription() {
        StringBuilder text = new StringBuilder();
        String description = descriptor.getDescription(object);
        if (description != null && !description.isBlank()) {
            text.append(description.strip());
        }
        EStructuralFeature feature = feature();
        PropertyPolicy.Inherited inherited = feature == null || descriptor.isPropertySet(object) ? null
                : policy.inherited(object, feature);
        if (inherited != null) {
            append(text, "Not set on this object: the value shown is inherited from " + inherited.from() + ".");
        }
        String source = feature == null ? null : policy.source(object, feature);
        if (source != null) {
            append(text, "Source: " + source);
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String sentence) {
        text.append(text.isEmpty() ? "" : "\n").append(sentence);
    }

    @Override
    public String getDisplayName() {
        EStructuralFeature feature = feature();
        return feature == null ? descriptor.getDisplayName(object) : FeatureLabels.displayName(feature.getName());
    }

    @Override
    public String[] getFilterFlags() {
        return descriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return null;
    }

    @Override
    public Object getId() {
        return descriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        return new LabelProvider() {
            @Override
            public String getText(Object value) {
                return value instanceof PropertyPolicy.Inherited inherited
                        ? text(inherited.value()) + "   (from " + inherited.from() + ")"
                        : text(value);
            }
        };
    }

    /**
     * How a value of this property reads: enumeration literals in words, objects by their item label, lists
     * joined by commas, an unset value as the empty string.
     *
     * @param value the value
     * @return its text
     */
    public String text(Object value) {
        if (value == null || value == Unset.VALUE) {
            return "";
        }
        if (value instanceof Enumerator literal) {
            return FeatureLabels.literal(literal);
        }
        if (value instanceof Collection<?> values) {
            return String.join(", ", values.stream().map(this::text).toList());
        }
        String label = policy.label(value);
        if (label != null) {
            return label;
        }
        if (adapterFactory.adapt(value, IItemLabelProvider.class) instanceof IItemLabelProvider labels) {
            return labels.getText(value);
        }
        IItemLabelProvider labels = descriptor.getLabelProvider(object);
        return labels == null ? String.valueOf(value) : labels.getText(value);
    }

    private ILabelProvider choiceLabels() {
        return new LabelProvider() {
            @Override
            public String getText(Object value) {
                return value == Unset.VALUE ? "(none)" : text(value);
            }
        };
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return false;
    }
}
