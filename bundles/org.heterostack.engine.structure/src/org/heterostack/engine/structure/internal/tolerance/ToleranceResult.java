package org.heterostack.engine.structure.internal.tolerance;

/**
 * All tolerance factors of one composition.
 *
 * @param toleranceFactor        Goldschmidt t (dimensionless)
 * @param octahedralFactor       mu = rB/rX (dimensionless)
 * @param bartelTau              Bartel tau (dimensionless)
 * @param bartelPredictsPerovskite tau &lt; 4.18
 * @param radii                  the weighted radii used, including the radius-set name
 */
public record ToleranceResult(double toleranceFactor, double octahedralFactor, double bartelTau,
        boolean bartelPredictsPerovskite, SiteRadii radii) {
}
