package org.heterostack.engine.structure.internal.tolerance;

import org.heterostack.engine.structure.internal.composition.Composition;
import org.heterostack.engine.structure.internal.radii.IonicRadiusSet;
import org.heterostack.engine.structure.internal.radii.RadiusSets;

/**
 * Entry point of the tolerance-factor engine: Goldschmidt t, octahedral factor mu and Bartel tau of an ABX3
 * composition with composition-weighted radii from a named radius set (default {@link RadiusSets#kieslichShannon()}).
 */
public final class ToleranceFactors {

    private ToleranceFactors() {
    }

    /** All factors with the default radius set. */
    public static ToleranceResult compute(Composition composition) {
        return compute(composition, RadiusSets.kieslichShannon());
    }

    /**
     * All factors with the given radius set.
     *
     * @throws org.heterostack.engine.structure.internal.StructureException if an ion is unknown or tau is undefined
     */
    public static ToleranceResult compute(Composition composition, IonicRadiusSet set) {
        SiteRadii r = SiteRadii.of(composition, set);
        double tau = BartelTau.tau(r);
        return new ToleranceResult(Goldschmidt.toleranceFactor(r), Goldschmidt.octahedralFactor(r), tau,
                BartelTau.predictsPerovskite(tau), r);
    }
}
