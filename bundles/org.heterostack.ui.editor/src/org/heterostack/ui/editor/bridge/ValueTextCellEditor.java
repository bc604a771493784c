package org.heterostack.ui.editor.bridge;

import java.util.function.Function;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.events.ModifyEvent;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

/**
 * Edits a single value of an EMF data type (a number, a string) as text. The text is converted with the data
 * type's own conversion; an empty text unsets an optional value. While the text is not acceptable (not a number,
 * or refused by the model's check) the field turns red and its tooltip says why, and the value cannot be applied.
 * An inherited value starts as an empty text: what the user types becomes the object's own value.
 */
public class ValueTextCellEditor extends TextCellEditor {

    private static final Color REFUSED = new Color(255, 214, 214);

    private final EDataType type;

    /**
     * @param parent the parent control
     * @param type   the data type of the value
     * @param check  returns null for an acceptable value, else the message saying why it is refused
     */
    public ValueTextCellEditor(Composite parent, EDataType type, Function<Object, String> check) {
        super(parent);
        this.type = type;
        setValidator(text -> {
            Parsed parsed = parse(String.valueOf(text));
            return parsed.problem() != null ? parsed.problem() : check.apply(parsed.value());
        });
    }

    /**
     * The result of reading a text as a value of the data type.
     *
     * @param value   the value (null for an empty text)
     * @param problem why the text is not a value of the type, or null
     */
    record Parsed(Object value, String problem) {
    }

    Parsed parse(String text) {
        String trimmed = text.strip();
        Class<?> javaType = type.getInstanceClass();
        if (trimmed.isEmpty()) {
            return javaType != null && javaType.isPrimitive() ? new Parsed(null, "a value is required")
                    : new Parsed(null, null);
        }
        try {
            return new Parsed(EcoreUtil.createFromString(type, trimmed), null);
        } catch (RuntimeException e) {
            boolean number = javaType != null && (Number.class.isAssignableFrom(javaType) || javaType == double.class
                    || javaType == int.class || javaType == long.class || javaType == float.class);
            return new Parsed(null, "'" + trimmed + "' is not " + (number ? "a number" : "a valid " + type.getName()));
        }
    }

    /**
     * Keeps the check's message as it is: the text cell editor formats error messages with {@code MessageFormat},
     * which would drop the quotes around names ("Layer 'ETL'").
     */
    @Override
    protected boolean isCorrect(Object value) {
        boolean correct = super.isCorrect(value);
        if (!correct && getErrorMessage() != null) {
            setErrorMessage(getErrorMessage().replace("'", "''").replace("{", "'{'"));
        }
        return correct;
    }

    @Override
    protected Object doGetValue() {
        return parse(String.valueOf(super.doGetValue())).value();
    }

    @Override
    protected void doSetValue(Object value) {
        super.doSetValue(value == null || value instanceof PropertyPolicy.Inherited ? ""
                : EcoreUtil.convertToString(type, value));
    }

    @Override
    protected void editOccured(ModifyEvent e) {
        super.editOccured(e);
        Text field = (Text) getControl();
        if (field == null || field.isDisposed()) {
            return;
        }
        field.setBackground(isValueValid() ? null : REFUSED);
        field.setToolTipText(isValueValid() ? null : getErrorMessage());
    }
}
