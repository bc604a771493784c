package org.heterostack.engine.stability.internal.common;

import java.util.Objects;

/**
 * One model parameter with everything a researcher needs to judge it: current value, unit, the default, where
 * the default comes from ({@code source}, or exactly the word "assumed" where it is a modelling choice), a
 * description, and a stated uncertainty for the sensitivity analysis.
 *
 * @param name unique dotted identifier, e.g. {@code chemistry.activation_energy_ev}
 * @param value current value, in {@code unit}
 * @param unit unit symbol ("1" for dimensionless)
 * @param defaultValue shipped default, in {@code unit}
 * @param source literature source of the default, or "assumed"
 * @param description what the parameter means and, for assumed values, the calibration target behind them
 * @param uncertainty stated uncertainty of the default
 */
public record Parameter(String name, double value, String unit, double defaultValue, String source,
        String description, Uncertainty uncertainty) {

    /** The word used as source for values that are modelling choices. */
    public static final String ASSUMED = "assumed";

    /** Validates that every field is present and the numbers are finite. */
    public Parameter {
        Objects.requireNonNull(name, "parameter name");
        Objects.requireNonNull(unit, "parameter unit of " + name);
        Objects.requireNonNull(source, "parameter source of " + name);
        Objects.requireNonNull(description, "parameter description of " + name);
        Objects.requireNonNull(uncertainty, "parameter uncertainty of " + name);
        if (!Double.isFinite(value) || !Double.isFinite(defaultValue)) {
            throw new StabilityException("parameter " + name + ": value and default must be finite, got value "
                    + value + ", default " + defaultValue);
        }
        if (source.isBlank()) {
            throw new StabilityException("parameter " + name + ": source must name a reference or say \"assumed\"");
        }
    }

    /** Creates a parameter whose value is its default. */
    public static Parameter ofDefault(String name, double defaultValue, String unit, String source,
            String description, Uncertainty uncertainty) {
        return new Parameter(name, defaultValue, unit, defaultValue, source, description, uncertainty);
    }

    /** @return a copy with a new value (default, source and description unchanged) */
    public Parameter withValue(double newValue) {
        if (!Double.isFinite(newValue)) {
            throw new StabilityException("parameter " + name + ": new value must be finite, got " + newValue);
        }
        return new Parameter(name, newValue, unit, defaultValue, source, description, uncertainty);
    }

    /** @return true if the value differs from the default */
    public boolean isModified() {
        return Double.compare(value, defaultValue) != 0;
    }

    /** @return one line "name = value unit (default d; source; uncertainty u)" for printed assumptions */
    public String describe() {
        return name + " = " + value + " " + unit + " (default " + defaultValue + "; source: " + source
                + "; uncertainty " + uncertainty.describe(unit) + ")";
    }
}
