package org.heterostack.engine.structure.internal.tolerance;

import org.heterostack.engine.structure.internal.StructureException;
import org.heterostack.engine.structure.internal.composition.Site;

/**
 * Bartel's improved tolerance factor.
 *
 * <p>tau = rX/rB - nA (nA - (rA/rB) / ln(rA/rB)); a compound is predicted to be a perovskite when
 * tau &lt; 4.18 (Bartel et al., Sci. Adv. 5, eaav0693 (2019), Eq. 1; 91.7 % accuracy on 576 ABX3 compounds).
 * nA is the (composition-weighted) oxidation state of A: 1 for halides, 2 or 3 for most oxides. Validity: the
 * formula assumes rA &gt; rB (A is the larger cation, as in the
 * paper); for rA &lt;= rB the logarithm is zero or negative and tau is undefined. Bartel fitted tau with
 * Shannon radii; values from another radius set (e.g. molecular effective radii) are an extrapolation.
 */
public final class BartelTau {

    /** Threshold below which Bartel et al. predict a perovskite. */
    public static final double PEROVSKITE_THRESHOLD = 4.18;

    private BartelTau() {
    }

    /**
     * Bartel's tau (dimensionless).
     *
     * @throws StructureException if rA &lt;= rB (tau undefined)
     */
    public static double tau(SiteRadii r) {
        double ratio = r.rAA() / r.rBA();
        if (ratio <= 1.0) {
            throw new StructureException("Bartel tau is undefined for rA <= rB (rA = " + ResolvedIon.number(r.rAA())
                    + " A of " + r.describe(Site.A) + ", rB = " + ResolvedIon.number(r.rBA()) + " A of "
                    + r.describe(Site.B) + ", radius set '" + r.radiusSetName() + "')");
        }
        return r.rXA() / r.rBA() - r.nA() * (r.nA() - ratio / Math.log(ratio));
    }

    /** True if tau &lt; 4.18, i.e. Bartel's classifier predicts a perovskite. */
    public static boolean predictsPerovskite(double tau) {
        return tau < PEROVSKITE_THRESHOLD;
    }
}
