package org.heterostack.engine.stability.internal.migration;

import java.util.ArrayList;
import java.util.List;

import org.heterostack.engine.stability.internal.common.StabilityException;

/**
 * Distribution of the lead of a 2D capping layer over its n phases.
 *
 * @param pbFractionByN fraction of the capping layer's Pb in phase n = index + 1 (n = 1, 2, ...)
 * @param bulkLikeFraction fraction of the Pb in slabs thicker than n_max (counted as 3D-like)
 */
public record NDistribution(List<Double> pbFractionByN, double bulkLikeFraction) {

    private static final double SUM_TOLERANCE = 1e-9;

    /** Validates: fractions in [0, 1], summing to 1. */
    public NDistribution {
        pbFractionByN = List.copyOf(pbFractionByN);
        double sum = bulkLikeFraction;
        for (int i = 0; i < pbFractionByN.size(); i++) {
            double w = pbFractionByN.get(i);
            if (!(w >= 0 && w <= 1)) {
                throw new StabilityException("n distribution: fraction of n = " + (i + 1) + " must be in [0, 1], got "
                        + w);
            }
            sum += w;
        }
        if (!(bulkLikeFraction >= 0 && bulkLikeFraction <= 1) || Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            throw new StabilityException("n distribution: Pb fractions must sum to 1 (got " + sum
                    + ", bulk-like " + bulkLikeFraction + ")");
        }
    }

    /** @return a distribution without bulk-like part, e.g. {@code of(0.6, 0.3, 0.1)} for n = 1, 2, 3 */
    public static NDistribution of(double... fractionsByN) {
        List<Double> list = new ArrayList<>();
        for (double f : fractionsByN) {
            list.add(f);
        }
        return new NDistribution(list, 0.0);
    }

    /** @return the fraction of the Pb still in 2D phases (n &lt;= n_max) */
    public double twoDFraction() {
        return pbFractionByN.stream().mapToDouble(Double::doubleValue).sum();
    }

    /** @return the Pb-weighted mean n of the 2D phases, or n_max = size() when no 2D phase is left */
    public double meanN() {
        double weight = 0.0;
        double sum = 0.0;
        for (int i = 0; i < pbFractionByN.size(); i++) {
            weight += pbFractionByN.get(i);
            sum += pbFractionByN.get(i) * (i + 1);
        }
        return weight > 0 ? sum / weight : pbFractionByN.size();
    }

    /** @return the spacer per Pb ratio in units of the RP n = 1 value (sum of w_n / n; DJ only rescales it) */
    public double relativeSpacerPerLead() {
        double sum = 0.0;
        for (int i = 0; i < pbFractionByN.size(); i++) {
            sum += pbFractionByN.get(i) / (i + 1);
        }
        return sum;
    }
}
