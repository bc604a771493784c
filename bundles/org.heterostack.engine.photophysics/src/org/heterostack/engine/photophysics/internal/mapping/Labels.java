package org.heterostack.engine.photophysics.internal.mapping;

import java.util.Locale;

import org.heterostack.model.NamedElement;

/** How the photophysics engines name model objects in messages and result keys. */
public final class Labels {

    private Labels() {
    }

    /** e.g. {@code Perovskite2D 'BA n1'}. */
    public static String of(NamedElement element) {
        return element.eClass().getName() + " '" + element.getName() + "'";
    }

    /** A name as a snake_case key part: lower case, every run of other characters one underscore. */
    public static String key(String name) {
        String key = String.valueOf(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return key.isEmpty() ? "unnamed" : key;
    }
}
