package org.heterostack.engine.structure.internal.radii;

import java.util.Optional;

/**
 * The radius an ion gets on a site, with where it comes from.
 *
 * @param radiusA        radius in Angstrom (&gt; 0)
 * @param oxidationState formal charge it belongs to
 * @param coordination   coordination number of the tabulated value; 0 for an effective or user-given radius
 * @param source         source of the value, e.g. {@code "Shannon 1976 ionic radius"}
 * @param fallback       how the value deviates from the site's convention (another coordination, a spin state),
 *                       empty when it does not
 */
public record IonRadius(double radiusA, int oxidationState, int coordination, String source,
        Optional<String> fallback) {
}
