package org.heterostack.engine.stability.internal.engines;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.heterostack.engine.EngineException;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.EngineSettings;
import org.heterostack.engine.PhysicalConstants;
import org.heterostack.engine.stability.internal.common.StabilityException;
import org.heterostack.engine.stability.internal.condition.IsosPreset;
import org.heterostack.engine.stability.internal.condition.StressCondition;
import org.heterostack.engine.stability.internal.condition.TemperatureDwell;

/**
 * A condition chosen in the settings: an ISOS preset (Khenkin et al., Nat. Energy 5, 35 (2020)) by its name, e.g.
 * {@code ISOS-D-2-85}, or {@code custom} with explicit temperature, humidity and irradiance settings. The settings
 * of one condition share a prefix ({@code ""}, {@code "stress_"} or {@code "use_"}).
 */
final class ConditionSettings {

    /** The ISOS protocols the condition presets follow. */
    static final String ISOS_CITATION = "M. V. Khenkin et al., Nat. Energy 5, 35-49 (2020) (ISOS protocols)";

    /**
     * @param modelCitations the citations of a model whose conditions are chosen here
     * @return them, followed by the ISOS citation
     */
    static List<String> withIsosCitation(List<String> modelCitations) {
        List<String> citations = new ArrayList<>(modelCitations);
        citations.add(ISOS_CITATION);
        return citations;
    }

    /** The choice that reads the explicit settings. */
    static final String CUSTOM = "custom";

    /** Lowest and highest temperature of the models' validity range, K. */
    private static final double VALID_MIN_K = 230;
    private static final double VALID_MAX_K = 400;

    /**
     * A resolved condition.
     *
     * @param condition  the numerics condition
     * @param assumption how unspecified values of the preset were fixed (empty for custom)
     */
    record Resolved(StressCondition condition, String assumption) {
    }

    private ConditionSettings() {
    }

    /** @return the setting value naming a preset, e.g. {@code ISOS-D-2-85} */
    static String choice(IsosPreset preset) {
        return preset.name().replace('_', '-');
    }

    /** @return every preset name and {@value #CUSTOM} */
    static List<String> choices() {
        List<String> choices = new ArrayList<>();
        for (IsosPreset preset : IsosPreset.values()) {
            choices.add(choice(preset));
        }
        choices.add(CUSTOM);
        return choices;
    }

    /**
     * @param prefix        prefix of the setting names
     * @param role          what the condition is for, e.g. "stress-test condition"
     * @param defaultPreset the default
     * @param customDefault default temperature (°C), humidity (%RH) and irradiance (suns) of the custom condition
     * @return the choice setting and the three explicit settings
     */
    static List<EngineSetting> settings(String prefix, String role, IsosPreset defaultPreset, double[] customDefault) {
        String presets = java.util.Arrays.stream(IsosPreset.values())
                .map(p -> choice(p) + " = " + p.label() + " [" + p.assumption() + "]").collect(Collectors.joining("; "));
        return List.of(
                EngineSetting.choice(prefix + "condition", choice(defaultPreset), "The " + role + ": an ISOS protocol "
                        + "(Khenkin et al., Nat. Energy 5, 35 (2020)) or '" + CUSTOM + "' for the explicit "
                        + prefix + "temperature_c, " + prefix + "relative_humidity_percent and " + prefix
                        + "irradiance_suns. Presets: " + presets + ".", choices()),
                EngineSetting.number(prefix + "temperature_c", customDefault[0], "°C", "Temperature of the " + role
                        + " when " + prefix + "condition = " + CUSTOM + " (default assumed)."),
                EngineSetting.number(prefix + "relative_humidity_percent", customDefault[1], "%RH",
                        "Relative humidity at the device for the " + role + " when " + prefix + "condition = "
                                + CUSTOM + " (default assumed)."),
                EngineSetting.number(prefix + "irradiance_suns", customDefault[2], "sun", "Irradiance (1 sun = "
                        + "1000 W/m^2 AM1.5G) of the " + role + " when " + prefix + "condition = " + CUSTOM
                        + " (default assumed)."));
    }

    /**
     * @param settings the effective settings
     * @param prefix   prefix of the setting names
     * @return the condition
     * @throws EngineException if the custom values are outside what the numerics accept
     */
    static Resolved resolve(EngineSettings settings, String prefix) throws EngineException {
        String choice = settings.text(prefix + "condition");
        if (!CUSTOM.equals(choice)) {
            IsosPreset preset = IsosPreset.valueOf(choice.replace('-', '_'));
            return new Resolved(preset.condition(), preset.label() + ": " + preset.assumption());
        }
        try {
            return new Resolved(StressCondition.constant(CUSTOM + " (" + prefix + "condition)",
                    settings.number(prefix + "temperature_c"), settings.number(prefix + "relative_humidity_percent"),
                    settings.number(prefix + "irradiance_suns")), "");
        } catch (StabilityException e) {
            throw new EngineException("settings " + prefix + "temperature_c / " + prefix + "relative_humidity_percent"
                    + " / " + prefix + "irradiance_suns: " + e.getMessage(), e);
        }
    }

    /** @return a warning for every dwell outside 230-400 K, the validity range of the stability models */
    static List<String> validityWarnings(StressCondition condition) {
        List<String> warnings = new ArrayList<>();
        for (TemperatureDwell dwell : condition.dwells()) {
            if (dwell.temperatureK() < VALID_MIN_K || dwell.temperatureK() > VALID_MAX_K) {
                warnings.add(String.format(Locale.ROOT, "condition %s: %.1f °C is outside the validity range of the "
                        + "stability models (%.0f to %.0f °C); the Arrhenius laws are extrapolated", condition.name(),
                        dwell.temperatureK() - PhysicalConstants.ZERO_CELSIUS_K,
                        VALID_MIN_K - PhysicalConstants.ZERO_CELSIUS_K, VALID_MAX_K - PhysicalConstants.ZERO_CELSIUS_K));
            }
        }
        return warnings;
    }
}
