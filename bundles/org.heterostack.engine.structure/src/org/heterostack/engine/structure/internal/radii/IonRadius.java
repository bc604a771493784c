package org.heterostack.engine.structure.internal.radii;

import org.heterostack.engine.structure.internal.StructureException;

/**
 * Radius of one ion in a radius set.
 *
 * @param radiusA        effective ionic radius in Angstrom (&gt; 0)
 * @param oxidationState formal charge of the ion (e.g. +1 for MA+, +2 for Pb2+, -1 for I-)
 * @param source         where this particular value comes from (paper, table, coordination number)
 */
public record IonRadius(double radiusA, int oxidationState, String source) {

    /** Validates a positive finite radius and a non-zero charge. */
    public IonRadius {
        if (!Double.isFinite(radiusA) || radiusA <= 0.0) {
            throw new StructureException("ionic radius must be positive, was " + radiusA + " A");
        }
        if (oxidationState == 0) {
            throw new StructureException("oxidation state of an ion must not be 0");
        }
    }
}
