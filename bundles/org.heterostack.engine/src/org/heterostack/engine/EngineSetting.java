package org.heterostack.engine;

import java.util.List;
import java.util.Objects;

/**
 * A setting of an engine a user may change.
 *
 * @param name         identifier used in settings maps, study axes and the CLI
 * @param defaultValue the value used when the user sets none, as text (a number, {@code true}/{@code false} or
 *                     one of {@code choices})
 * @param unit         unit of a numeric value ({@code ""} when dimensionless or not numeric)
 * @param description  what it changes, and where the default comes from
 * @param choices      the allowed values of a choice setting; empty for free numbers, flags and text
 */
public record EngineSetting(String name, String defaultValue, String unit, String description, List<String> choices) {

    /** Checks the setting is complete and copies the choices. */
    public EngineSetting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(description, "description");
        choices = List.copyOf(choices);
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
