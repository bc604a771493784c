package org.heterostack.ui.editor.bridge;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboBoxViewerCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A drop-down list of the allowed values of a property (enumeration literals, booleans, the objects a reference may
 * point to, and "(none)" when the property may be unset).
 */
public class ChoiceCellEditor extends ComboBoxViewerCellEditor {

    /**
     * @param parent  the parent control
     * @param labels  how each choice reads
     * @param choices the allowed values, "no value" included as {@code Unset.VALUE}
     */
    public ChoiceCellEditor(Composite parent, ILabelProvider labels, List<Object> choices) {
        super(parent, SWT.READ_ONLY);
        setContentProvider(ArrayContentProvider.getInstance());
        setLabelProvider(labels);
        setInput(choices);
        setActivationStyle(DROP_DOWN_ON_MOUSE_ACTIVATION | DROP_DOWN_ON_KEY_ACTIVATION);
    }

    @Override
    protected Object doGetValue() {
        return Unset.toValue(super.doGetValue());
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(Unset.toChoice(value instanceof PropertyPolicy.Inherited ? null : value));
    }
}
