package org.heterostack.ui.internal.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.IAnalysisEngine;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/**
 * The user's values for engine settings, which "Analyze Model" passes to every run of the engine. Kept in the
 * instance preferences, node {@code org.heterostack.ui/engine-settings/<engine id>}, one key per setting that
 * differs from its default.
 */
public final class EngineSettingPreferences {

    private static final String SETTINGS_NODE = "engine-settings";

    private EngineSettingPreferences() {
    }

    /**
     * @param engine an installed engine
     * @return the user's values of its declared settings, by name; settings an engine no longer declares (a
     *         value kept from an older version) are left out
     */
    public static Map<String, String> overrides(IAnalysisEngine engine) {
        Preferences node = node(engine.descriptor().id());
        Map<String, String> values = new LinkedHashMap<>();
        for (EngineSetting setting : engine.settings()) {
            String value = node.get(setting.name(), null);
            if (value != null) {
                values.put(setting.name(), value);
            }
        }
        return values;
    }

    /**
     * Replaces (and flushes) the user's values of an engine.
     *
     * @param engineId  the engine
     * @param overrides the values by setting name; empty restores every default
     * @throws IllegalStateException if the preferences cannot be written
     */
    public static void store(String engineId, Map<String, String> overrides) {
        Preferences node = node(engineId);
        try {
            node.clear();
            overrides.forEach(node::put);
            node.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("cannot save the settings of engine " + engineId + ": " + e.getMessage(), e);
        }
    }

    private static Preferences node(String engineId) {
        IEclipsePreferences root = InstanceScope.INSTANCE.getNode(EnginePreferences.NODE);
        return root.node(SETTINGS_NODE).node(engineId);
    }
}
