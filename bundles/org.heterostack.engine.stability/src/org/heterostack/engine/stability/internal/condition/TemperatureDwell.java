package org.heterostack.engine.stability.internal.condition;

import org.heterostack.engine.stability.internal.common.StabilityException;

/**
 * A fraction of the ageing time spent at one temperature (one plateau of a thermal cycle, or the whole time of a
 * constant-temperature test).
 *
 * @param temperatureK temperature in K, 150..600
 * @param timeFraction fraction of the time at this temperature, (0, 1]
 */
public record TemperatureDwell(double temperatureK, double timeFraction) {

    /** Validates the ranges. */
    public TemperatureDwell {
        if (!(temperatureK >= 150 && temperatureK <= 600)) {
            throw new StabilityException("condition: dwell temperature must be within 150..600 K, got "
                    + temperatureK);
        }
        if (!(timeFraction > 0 && timeFraction <= 1)) {
            throw new StabilityException("condition: dwell time fraction must be within (0, 1], got "
                    + timeFraction);
        }
    }
}
