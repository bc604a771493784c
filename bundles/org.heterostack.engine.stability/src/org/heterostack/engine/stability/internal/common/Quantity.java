package org.heterostack.engine.stability.internal.common;

import java.util.Objects;

/**
 * A scalar result with a stable key, value, unit and meaning; the adapter maps these one-to-one to the engine
 * API's quantities.
 *
 * @param key stable machine key, e.g. {@code t80_hours}
 * @param value finite value in {@code unit}
 * @param unit unit symbol ("1" for dimensionless)
 * @param description meaning of the value
 */
public record Quantity(String key, double value, String unit, String description) {

    /** Rejects non-finite values: a result is a number or an exception, never NaN. */
    public Quantity {
        Objects.requireNonNull(key, "quantity key");
        Objects.requireNonNull(unit, "quantity unit of " + key);
        Objects.requireNonNull(description, "quantity description of " + key);
        if (!Double.isFinite(value)) {
            throw new StabilityException("result " + key + " is not a finite number (" + value + ")");
        }
    }
}
