package org.heterostack.model.io;

import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The one syntax of values in {@code .hstack} files, in {@code --set}, in engine settings and in the editor, so
 * that a value is read the same way everywhere and a file never changes when it is only loaded and stored.
 * <p>
 * Numbers are written as in JSON (RFC 8259, section 6) with leading zeros allowed: an optional minus sign,
 * digits, an optional fraction and an optional exponent, e.g. {@code 400}, {@code -0.5}, {@code 1.6E25},
 * {@code 1e-9}. Not accepted: a leading {@code +}, surrounding blanks, Java suffixes ({@code 400.0d}),
 * hexadecimal ({@code 0x1p3}), {@code NaN}, {@code Infinity} and values that overflow a double ({@code 1e400}).
 * Whole numbers are digits with an optional minus sign. Truth values are {@code true} or {@code false}.
 *
 * @since 0.4.0
 */
public final class ValueSyntax {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
    private static final Pattern WHOLE = Pattern.compile("-?[0-9]+");

    private ValueSyntax() {
    }

    /**
     * Reads a number in the documented syntax.
     *
     * @param text the text
     * @return its finite value
     * @throws IllegalArgumentException saying what is wrong, for a user
     */
    public static double number(String text) {
        if (text == null || !DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a number" + hint(text));
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("'" + text + "' is too large (the largest number is about 1.8e308)");
        }
        return value;
    }

    /**
     * Whether a text is a number in the documented syntax.
     *
     * @param text the text
     * @return true when {@link #number} would accept it
     */
    public static boolean isNumber(String text) {
        try {
            number(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Reads a whole number in the documented syntax.
     *
     * @param text the text
     * @return its value
     * @throws IllegalArgumentException saying what is wrong, for a user
     */
    public static int wholeNumber(String text) {
        if (text == null || !WHOLE.matcher(text).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number" + hint(text));
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is out of range (whole numbers are at most "
                    + Integer.MAX_VALUE + " in size)");
        }
    }

    /**
     * Reads a value of a model data type: numbers, whole numbers and truth values in the documented syntax, enum
     * literals by name, anything else as EMF reads it.
     *
     * @param type the attribute's type
     * @param text the text
     * @return the value
     * @throws IllegalArgumentException saying what is wrong, for a user
     */
    public static Object parse(EDataType type, String text) {
        Class<?> instanceClass = type.getInstanceClass();
        if (instanceClass == double.class || instanceClass == Double.class) {
            return number(text);
        }
        if (instanceClass == float.class || instanceClass == Float.class) {
            return (float) number(text);
        }
        if (instanceClass == int.class || instanceClass == Integer.class) {
            return wholeNumber(text);
        }
        if (instanceClass == boolean.class || instanceClass == Boolean.class) {
            if (!"true".equals(text) && !"false".equals(text)) {
                throw new IllegalArgumentException("'" + text + "' is not true or false");
            }
            return Boolean.valueOf(text);
        }
        if (type instanceof EEnum eEnum) {
            EEnumLiteral literal = eEnum.getEEnumLiteralByLiteral(text);
            if (literal == null) {
                throw new IllegalArgumentException("'" + text + "' is not " + expected(type));
            }
            return literal.getInstance();
        }
        return EcoreUtil.createFromString(type, text);
    }

    /**
     * What a value of a type looks like, in a user's words (never the EMF type name).
     *
     * @param type a data type
     * @return e.g. "a number", "a whole number", "one of ETL, HTL"
     */
    public static String expected(EDataType type) {
        Class<?> instanceClass = type.getInstanceClass();
        if (instanceClass == double.class || instanceClass == Double.class || instanceClass == float.class
                || instanceClass == Float.class) {
            return "a number";
        }
        if (instanceClass == int.class || instanceClass == Integer.class) {
            return "a whole number";
        }
        if (instanceClass == boolean.class || instanceClass == Boolean.class) {
            return "true or false";
        }
        if (type instanceof EEnum eEnum) {
            return "one of " + String.join(", ", eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).toList());
        }
        return "a text";
    }

    private static String hint(String text) {
        if (text == null) {
            return "";
        }
        if (!text.equals(text.strip())) {
            return " (remove the blanks around it)";
        }
        if (text.startsWith("+")) {
            return " (write it without '+')";
        }
        return " (write numbers like 400, -0.5 or 1.6E25)";
    }
}
