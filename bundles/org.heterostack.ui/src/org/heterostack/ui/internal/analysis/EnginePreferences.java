package org.heterostack.ui.internal.analysis;

import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.heterostack.model.EngineCategory;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The user's preferred engine per category, kept in the workspace's instance preferences (key
 * {@code engine.<category>} of node {@code org.heterostack.ui}). No entry means "every engine that applies".
 */
public final class EnginePreferences {

    /** The preference node. */
    public static final String NODE = "org.heterostack.ui";

    private EnginePreferences() {
    }

    /** @return the preference key of a category */
    static String key(EngineCategory category) {
        return "engine." + category.getLiteral();
    }

    /**
     * @param category a category
     * @return the id of the engine the user prefers for it, if any
     */
    public static Optional<String> preferredEngineId(EngineCategory category) {
        String id = node().get(key(category), "");
        return id.isBlank() ? Optional.empty() : Optional.of(id);
    }

    /**
     * Stores (and flushes) the preference.
     *
     * @param category a category
     * @param engineId the preferred engine's id, or empty for "every engine that applies"
     * @throws IllegalStateException if the preferences cannot be written
     */
    public static void setPreferredEngineId(EngineCategory category, Optional<String> engineId) {
        IEclipsePreferences node = node();
        if (engineId.isPresent()) {
            node.put(key(category), engineId.get());
        } else {
            node.remove(key(category));
        }
        try {
            node.flush();
        } catch (BackingStoreException e) {
            throw new IllegalStateException("cannot save the engine preferences: " + e.getMessage(), e);
        }
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }
}
