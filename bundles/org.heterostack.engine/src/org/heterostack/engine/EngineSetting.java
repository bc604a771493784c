package org.heterostack.engine;

import java.util.List;
import java.util.Objects;

import org.heterostack.model.io.ValueSyntax;

/**
 * A setting of an engine a user may change.
 *
 * @param name         identifier used in settings maps, study axes and the CLI
 * @param defaultValue the value used when the user sets none, as text (a number, {@code true}/{@code false} or
 *                     one of {@code choices})
 * @param unit         unit of a numeric value ({@code ""} when dimensionless or not numeric)
 * @param description  what it changes, and where the default comes from
 * @param choices      the allowed values of a choice setting; empty for free numbers, flags and text
 * @param minimum      the smallest value a numeric setting accepts ({@code -Infinity}: no bound)
 * @param maximum      the largest value a numeric setting accepts ({@code Infinity}: no bound)
 * @param wholeNumber  whether a numeric setting takes whole numbers only (a count of grid points, say)
 */
public record EngineSetting(String name, String defaultValue, String unit, String description, List<String> choices,
        double minimum, double maximum, boolean wholeNumber) {

    /** Checks the setting is complete and copies the choices. */
    public EngineSetting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        choices = List.copyOf(choices);
        if (!(minimum <= maximum)) {
            throw new IllegalArgumentException("setting " + name + ": minimum " + minimum + " > maximum " + maximum);
        }
    }

    /**
     * A setting without bounds (a flag, a text, a choice or an unbounded number).
     *
     * @param name         identifier
     * @param defaultValue default, as text
     * @param unit         unit of a numeric value
     * @param description  meaning and source of the default
     * @param choices      allowed values of a choice setting, else empty
     */
    public EngineSetting(String name, String defaultValue, String unit, String description, List<String> choices) {
        this(name, defaultValue, unit, description, choices, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
                false);
    }

    /**
     * A numeric setting that accepts values within bounds only: the host refuses others before the engine runs.
     *
     * @param name         identifier
     * @param defaultValue default, within the bounds
     * @param unit         unit of the value
     * @param minimum      smallest accepted value
     * @param maximum      largest accepted value
     * @param description  meaning and source of the default
     * @return the setting
     * @since 0.4.0
     */
    public static EngineSetting number(String name, double defaultValue, String unit, double minimum, double maximum,
            String description) {
        return new EngineSetting(name, Double.toString(defaultValue), unit, description, List.of(), minimum, maximum,
                false);
    }

    /**
     * A count (grid points, time steps, ...) within bounds: whole numbers only, so that no input can make an
     * engine build more than it can in its time budget.
     *
     * @param name         identifier
     * @param defaultValue default, within the bounds
     * @param minimum      smallest accepted count
     * @param maximum      largest accepted count
     * @param description  meaning and source of the default
     * @return the setting
     * @since 0.4.0
     */
    public static EngineSetting count(String name, int defaultValue, int minimum, int maximum, String description) {
        return new EngineSetting(name, Integer.toString(defaultValue), "1", description, List.of(), minimum, maximum,
                true);
    }

    /**
     * @param value a candidate value, as text
     * @return why the value is not accepted (for a user), or null when it is
     * @since 0.4.0
     */
    public String refusal(String value) {
        String text = value.trim();
        if (!choices.isEmpty()) {
            return choices.contains(text) ? null : "'" + value + "'; choose one of " + String.join(", ", choices);
        }
        if (!ValueSyntax.isNumber(defaultValue)) {
            return null;
        }
        if (!ValueSyntax.isNumber(text)) {
            return "'" + value + "', not a number" + (unit.isEmpty() || unit.equals("1") ? "" : " in " + unit);
        }
        double number = ValueSyntax.number(text);
        if (wholeNumber && number != Math.rint(number)) {
            return text + ", not a whole number";
        }
        if (number < minimum || number > maximum) {
            return text + "; it must be within " + bound(minimum) + ".." + bound(maximum)
                    + (unit.isEmpty() || unit.equals("1") ? "" : " " + unit);
        }
        return null;
    }

    private String bound(double value) {
        return wholeNumber || value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    /**
     * A numeric setting.
     *
     * @param name         identifier
     * @param defaultValue default
     * @param unit         unit of the value
     * @param description  meaning and source of the default
     * @return the setting
     */
    public static EngineSetting number(String name, double defaultValue, String unit, String description) {
        return new EngineSetting(name, Double.toString(defaultValue), unit, description, List.of());
    }

    /**
     * A setting with a fixed set of values.
     *
     * @param name         identifier
     * @param defaultValue default, one of {@code choices}
     * @param description  meaning
     * @param choices      allowed values
     * @return the setting
     */
    public static EngineSetting choice(String name, String defaultValue, String description, List<String> choices) {
        return new EngineSetting(name, defaultValue, "", description, choices);
    }
}
