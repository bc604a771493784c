package org.heterostack.engine.structure.internal.tolerance;

/**
 * Something a user should know about the radii a result used: a coordination or spin fallback (information) or an
 * oxidation state the engine had to choose (warning).
 *
 * @param warning true for a warning, false for information
 * @param text    the message, naming the ion and its site
 */
public record RadiusNote(boolean warning, String text) {
}
