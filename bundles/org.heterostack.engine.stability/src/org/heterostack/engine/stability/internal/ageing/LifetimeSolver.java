package org.heterostack.engine.stability.internal.ageing;

import java.util.function.DoubleUnaryOperator;

import org.heterostack.engine.PhysicalConstants;
import org.heterostack.engine.stability.internal.common.StabilityException;

/**
 * Time at which a monotonically non-increasing relative performance P(t) first reaches a threshold (T80: 0.8,
 * T95: 0.95), by bisection in log(t) between 1e-6 h and the horizon. Deterministic: fixed bracket and stopping
 * rule, so the same input gives bit-identical output.
 */
public final class LifetimeSolver {

    private static final double EARLIEST_HOURS = 1e-6;
    private static final double RELATIVE_TOLERANCE = 1e-10;
    private static final int MAX_ITERATIONS = 200;

    private LifetimeSolver() {
    }

    /**
     * @param performanceAtSeconds P(t) with t in s
     * @param threshold the fraction of initial performance, in (0, 1)
     * @param horizonHours the longest time searched
     * @return the lifetime, or a censored estimate at the horizon
     */
    public static LifetimeEstimate timeTo(DoubleUnaryOperator performanceAtSeconds, double threshold,
            double horizonHours) {
        if (!(threshold > 0 && threshold < 1)) {
            throw new StabilityException("lifetime: threshold must be within (0, 1), got " + threshold);
        }
        double hi = horizonHours;
        if (evaluate(performanceAtSeconds, hi) > threshold) {
            return new LifetimeEstimate(horizonHours, true);
        }
        double lo = EARLIEST_HOURS;
        if (evaluate(performanceAtSeconds, lo) <= threshold) {
            return new LifetimeEstimate(lo, false);
        }
        for (int i = 0; i < MAX_ITERATIONS && hi / lo - 1.0 > RELATIVE_TOLERANCE; i++) {
            double mid = Math.sqrt(lo * hi);
            if (evaluate(performanceAtSeconds, mid) > threshold) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return new LifetimeEstimate(Math.sqrt(lo * hi), false);
    }

    private static double evaluate(DoubleUnaryOperator p, double hours) {
        double value = p.applyAsDouble(hours * PhysicalConstants.SECONDS_PER_HOUR);
        if (!Double.isFinite(value)) {
            throw new StabilityException("lifetime: relative performance is not finite at t = " + hours + " h");
        }
        return value;
    }
}
