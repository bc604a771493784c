package org.heterostack.engine.structure.internal.composition;

import org.heterostack.engine.structure.internal.StructureException;

/**
 * One ion on a crystallographic site with its fractional occupancy and what the user stated about it.
 *
 * @param ion            ion symbol as used by the radius set, e.g. {@code "MA"}, {@code "Cs"}, {@code "Pb"}, {@code "I"}
 * @param fraction       site fraction, 0 &lt; fraction &lt;= 1 (dimensionless)
 * @param oxidationState stated formal charge, or null to let the radius set and charge balance decide
 * @param coordination   stated coordination number, or null for the site's convention
 * @param radiusA        user-given radius in Angstrom, or null to take the radius set's
 * @param radiusSource   where the user-given radius comes from, or null
 */
public record SiteOccupancy(String ion, double fraction, Integer oxidationState, Integer coordination,
        Double radiusA, String radiusSource) {

    /** Validates the symbol, the fraction in (0, 1], a non-zero charge, a positive coordination and radius. */
    public SiteOccupancy {
        if (ion == null || ion.isBlank()) {
            throw new StructureException("ion symbol must not be empty");
        }
        if (!Double.isFinite(fraction) || fraction <= 0.0 || fraction > 1.0 + Composition.SUM_TOLERANCE) {
            throw new StructureException("fraction of ion " + ion + " must be in (0, 1], was " + fraction);
        }
        if (oxidationState != null && oxidationState == 0) {
            throw new StructureException("oxidation state of ion " + ion + " must not be 0");
        }
        if (coordination != null && coordination < 1) {
            throw new StructureException("coordination number of ion " + ion + " must be >= 1, was " + coordination);
        }
        if (radiusA != null && (!Double.isFinite(radiusA) || radiusA <= 0.0)) {
            throw new StructureException("radius of ion " + ion + " must be positive, was " + radiusA + " A");
        }
    }

    /** An ion with its fraction and nothing stated about it. */
    public SiteOccupancy(String ion, double fraction) {
        this(ion, fraction, null, null, null, null);
    }

    /** An ion with its fraction and stated oxidation state. */
    public static SiteOccupancy withState(String ion, double fraction, int oxidationState) {
        return new SiteOccupancy(ion, fraction, oxidationState, null, null, null);
    }
}
