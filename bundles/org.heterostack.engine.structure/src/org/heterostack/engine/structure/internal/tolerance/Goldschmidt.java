package org.heterostack.engine.structure.internal.tolerance;

/**
 * Goldschmidt tolerance factor and octahedral factor.
 *
 * <p>Model: rigid ionic spheres; t = (rA + rX) / (sqrt(2) (rB + rX)) (V. M. Goldschmidt,
 * Naturwissenschaften 14, 477 (1926)); octahedral factor mu = rB / rX (Li et al., Acta Cryst. B64, 702 (2008)).
 * Mixed sites use composition-weighted radii ({@link SiteRadii}). Empirical stability window for halide
 * perovskites: 0.8 &lt;= t &lt;= 1.0 and 0.44 &lt;= mu &lt;= 0.90 (Li et al. 2008); t is only as good as the radius
 * set, especially for molecular A cations.
 */
public final class Goldschmidt {

    private Goldschmidt() {
    }

    /** Tolerance factor t (dimensionless). */
    public static double toleranceFactor(SiteRadii r) {
        return (r.rAA() + r.rXA()) / (Math.sqrt(2.0) * (r.rBA() + r.rXA()));
    }

    /** Octahedral factor mu = rB / rX (dimensionless). */
    public static double octahedralFactor(SiteRadii r) {
        return r.rBA() / r.rXA();
    }
}
