package org.heterostack.engine.structure.internal.composition;

import java.util.List;

import org.heterostack.engine.structure.internal.StructureException;

/**
 * The ions sharing one site of an ABX3 perovskite, e.g. the A site of Cs0.05FA0.80MA0.15PbI3.
 *
 * @param site      which site (A, B or X)
 * @param occupants ions with their fractions; fractions must sum to 1 within {@link Composition#SUM_TOLERANCE}
 */
public record SiteMixture(Site site, List<SiteOccupancy> occupants) {

    /** Validates non-emptiness, unique ions (or one ion in distinct stated states) and the sum of fractions. */
    public SiteMixture {
        if (site == null) {
            throw new StructureException("site must be given");
        }
        if (occupants == null || occupants.isEmpty()) {
            throw new StructureException("site " + site + " has no ions");
        }
        occupants = List.copyOf(occupants);
        double sum = 0.0;
        for (int i = 0; i < occupants.size(); i++) {
            sum += occupants.get(i).fraction();
            for (int j = 0; j < i; j++) {
                if (sameIon(occupants.get(i), occupants.get(j))) {
                    throw new StructureException("site " + site + " lists ion " + occupants.get(i).ion() + " twice"
                            + " (a mixed-valence site gives each entry its own oxidationState)");
                }
            }
        }
        if (Math.abs(sum - 1.0) > Composition.SUM_TOLERANCE) {
            throw new StructureException("fractions on site " + site + " sum to " + sum + ", expected 1 within "
                    + Composition.SUM_TOLERANCE);
        }
    }

    /** The same ion twice, unless both entries state different oxidation states (Mn3+ and Mn4+ on one site). */
    private static boolean sameIon(SiteOccupancy a, SiteOccupancy b) {
        return a.ion().equals(b.ion()) && (a.oxidationState() == null || b.oxidationState() == null
                || a.oxidationState().equals(b.oxidationState()));
    }

    /** A site occupied by a single ion. */
    public static SiteMixture pure(Site site, String ion) {
        return new SiteMixture(site, List.of(new SiteOccupancy(ion, 1.0)));
    }

    /** True if a single ion occupies the site. */
    public boolean isPure() {
        return occupants.size() == 1;
    }
}
