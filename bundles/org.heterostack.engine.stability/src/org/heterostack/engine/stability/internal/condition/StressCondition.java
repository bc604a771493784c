package org.heterostack.engine.stability.internal.condition;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

import org.heterostack.engine.PhysicalConstants;
import org.heterostack.engine.stability.internal.common.StabilityException;

/**
 * An ageing condition: temperature profile, relative humidity and irradiance. A constant-temperature test has
 * one dwell; a thermal cycle (ISOS-T) has several, and every rate is the time-weighted mean of its values at the
 * dwell temperatures (quasi-static plateaus; ramps and cycling fatigue are not modelled).
 *
 * @param name label, e.g. "ISOS-D-2 (85 °C)"
 * @param dwells temperature plateaus; time fractions sum to 1
 * @param relativeHumidityPercent relative humidity at the device, 0..100 %
 * @param irradianceSuns irradiance in suns (1 sun = 1000 W/m^2 AM1.5G), 0..10
 */
public record StressCondition(String name, List<TemperatureDwell> dwells, double relativeHumidityPercent,
        double irradianceSuns) {

    /** Validates the condition. */
    public StressCondition {
        Objects.requireNonNull(name, "condition name");
        dwells = List.copyOf(dwells);
        if (dwells.isEmpty()) {
            throw new StabilityException("condition " + name + ": at least one temperature dwell is required");
        }
        double sum = dwells.stream().mapToDouble(TemperatureDwell::timeFraction).sum();
        if (Math.abs(sum - 1.0) > 1e-9) {
            throw new StabilityException("condition " + name + ": dwell time fractions must sum to 1, got " + sum);
        }
        if (!(relativeHumidityPercent >= 0 && relativeHumidityPercent <= 100)) {
            throw new StabilityException("condition " + name + ": relative humidity must be within 0..100 %, got "
                    + relativeHumidityPercent);
        }
        if (!(irradianceSuns >= 0 && irradianceSuns <= 10)) {
            throw new StabilityException("condition " + name + ": irradiance must be within 0..10 suns, got "
                    + irradianceSuns);
        }
    }

    /** @return a constant-temperature condition */
    public static StressCondition constant(String name, double temperatureCelsius, double relativeHumidityPercent,
            double irradianceSuns) {
        return new StressCondition(name,
                List.of(new TemperatureDwell(PhysicalConstants.celsiusToKelvin(temperatureCelsius), 1.0)),
                relativeHumidityPercent, irradianceSuns);
    }

    /** @return a square-wave thermal cycle spending half of the time at each of the two temperatures */
    public static StressCondition cycle(String name, double lowCelsius, double highCelsius,
            double relativeHumidityPercent, double irradianceSuns) {
        return new StressCondition(name,
                List.of(new TemperatureDwell(PhysicalConstants.celsiusToKelvin(lowCelsius), 0.5),
                        new TemperatureDwell(PhysicalConstants.celsiusToKelvin(highCelsius), 0.5)),
                relativeHumidityPercent, irradianceSuns);
    }

    /** @return the time-weighted mean of {@code rateAtTemperatureK} over the dwells */
    public double timeAverage(DoubleUnaryOperator rateAtTemperatureK) {
        double sum = 0.0;
        for (TemperatureDwell d : dwells) {
            sum += d.timeFraction() * rateAtTemperatureK.applyAsDouble(d.temperatureK());
        }
        return sum;
    }

    /** @return the highest dwell temperature in K */
    public double maxTemperatureK() {
        return dwells.stream().mapToDouble(TemperatureDwell::temperatureK).max().orElseThrow();
    }

    /** @return the time-weighted mean temperature in K (for display only; rates use {@link #timeAverage}) */
    public double meanTemperatureK() {
        return timeAverage(t -> t);
    }

    /** @return one line describing the condition, for printed assumptions */
    public String describe() {
        StringBuilder sb = new StringBuilder(name).append(": ");
        for (TemperatureDwell d : dwells) {
            sb.append(String.format(java.util.Locale.ROOT, "%.1f °C for %.0f %% of the time, ",
                    d.temperatureK() - PhysicalConstants.ZERO_CELSIUS_K, 100 * d.timeFraction()));
        }
        return sb.append(String.format(java.util.Locale.ROOT, "%.0f %%RH, %.2f sun", relativeHumidityPercent,
                irradianceSuns)).toString();
    }
}
