package org.heterostack.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.heterostack.model.io.ValueSyntax;

/**
 * The effective settings of one analysis: the engine's declared defaults overridden by the user's values,
 * checked against the declaration (known names, numbers that parse, choices that exist).
 */
public final class EngineSettings {

    private final Map<String, String> values;
    private final Map<String, EngineSetting> declared;

    private EngineSettings(Map<String, EngineSetting> declared, Map<String, String> values) {
        this.declared = declared;
        this.values = values;
    }

    /**
     * Resolves user values against an engine's declared settings.
     *
     * @param engineId  the engine, for messages
     * @param declared  the engine's settings
     * @param overrides the user's values by setting name (may be empty)
     * @return the effective settings
     * @throws IllegalArgumentException naming the setting, if a name is unknown or a value does not fit
     */
    public static EngineSettings resolve(String engineId, List<EngineSetting> declared, Map<String, String> overrides) {
        Map<String, EngineSetting> byName = new LinkedHashMap<>();
        declared.forEach(setting -> byName.put(setting.name(), setting));
        Map<String, String> values = new LinkedHashMap<>();
        declared.forEach(setting -> values.put(setting.name(), setting.defaultValue()));
        overrides.forEach((name, value) -> {
            EngineSetting setting = byName.get(name);
            if (setting == null) {
                throw new IllegalArgumentException("engine " + engineId + " has no setting '" + name + "'"
                        + (byName.isEmpty() ? "; it has no settings" : "; its settings: " + String.join(", ", byName.keySet())));
            }
            check(engineId, setting, value);
            values.put(name, value.trim());
        });
        return new EngineSettings(Collections.unmodifiableMap(byName), Collections.unmodifiableMap(values));
    }

    private static void check(String engineId, EngineSetting setting, String value) {
        String refusal = setting.refusal(value);
        if (refusal != null) {
            throw new IllegalArgumentException("setting '" + setting.name() + "' of engine " + engineId + " is "
                    + refusal);
        }
    }

    /**
     * @param name a declared numeric setting
     * @return its value
     */
    public double number(String name) {
        return ValueSyntax.number(text(name));
    }

    /**
     * @param name a declared setting
     * @return its value as text
     * @throws IllegalArgumentException if the engine declared no such setting
     */
    public String text(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no setting '" + name + "' was declared");
        }
        return value;
    }

    /**
     * @param name a declared true/false setting
     * @return its value
     */
    public boolean flag(String name) {
        return Boolean.parseBoolean(text(name));
    }

    /** @return every effective value by name, in declaration order */
    public Map<String, String> asMap() {
        return values;
    }

    /** @return the declared settings by name */
    public Map<String, EngineSetting> declared() {
        return declared;
    }

    @Override
    public String toString() {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
