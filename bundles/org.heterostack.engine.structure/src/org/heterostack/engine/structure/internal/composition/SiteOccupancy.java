package org.heterostack.engine.structure.internal.composition;

import org.heterostack.engine.structure.internal.StructureException;

/**
 * One ion on a crystallographic site with its fractional occupancy.
 *
 * @param ion      ion symbol as used by the radius set, e.g. {@code "MA"}, {@code "Cs"}, {@code "Pb"}, {@code "I"}
 * @param fraction site fraction, 0 &lt; fraction &lt;= 1 (dimensionless)
 */
public record SiteOccupancy(String ion, double fraction) {

    /** Validates the symbol and that the fraction is a finite number in (0, 1]. */
    public SiteOccupancy {
        if (ion == null || ion.isBlank()) {
            throw new StructureException("ion symbol must not be empty");
        }
        if (!Double.isFinite(fraction) || fraction <= 0.0 || fraction > 1.0 + Composition.SUM_TOLERANCE) {
            throw new StructureException("fraction of ion " + ion + " must be in (0, 1], was " + fraction);
        }
    }
}
