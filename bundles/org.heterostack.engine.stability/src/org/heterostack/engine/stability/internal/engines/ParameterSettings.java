package org.heterostack.engine.stability.internal.engines;

import java.util.ArrayList;
import java.util.List;

import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.EngineSettings;
import org.heterostack.engine.stability.internal.common.Parameter;
import org.heterostack.engine.stability.internal.common.ParameterSet;

/**
 * Exposes every {@link Parameter} of a model as an engine setting of the same name (unit, default, and the
 * default's source or the word "assumed" in the description), and reads the user's values back into a
 * {@link ParameterSet}.
 */
final class ParameterSettings {

    private ParameterSettings() {
    }

    /** @return one numeric setting per parameter, in the parameter set's order */
    static List<EngineSetting> settings(ParameterSet defaults) {
        List<EngineSetting> settings = new ArrayList<>();
        for (Parameter p : defaults.all()) {
            settings.add(EngineSetting.number(p.name(), p.defaultValue(), "1".equals(p.unit()) ? "" : p.unit(),
                    p.description() + " Source of the default: " + p.source() + ". Uncertainty: "
                            + p.uncertainty().describe(p.unit()) + "."));
        }
        return settings;
    }

    /** @return the defaults with every value the settings give */
    static ParameterSet apply(ParameterSet defaults, EngineSettings settings) {
        ParameterSet result = defaults;
        for (Parameter p : defaults.all()) {
            double value = settings.number(p.name());
            if (Double.compare(value, p.value()) != 0) {
                result = result.with(p.name(), value);
            }
        }
        return result;
    }

    /** @return one line per parameter changed from its default, e.g. "chemistry.effective_ph = 6.0 pH (default 7.0)" */
    static List<String> changed(ParameterSet parameters) {
        return parameters.all().stream().filter(Parameter::isModified)
                .map(p -> p.name() + " = " + p.value() + " " + p.unit() + " (default " + p.defaultValue() + ")")
                .toList();
    }
}
