package org.heterostack.engine.photophysics.internal.empirical;

import java.util.List;

import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;

/**
 * Least-squares fit of y(n) = base + a / (n + n0)^2 with the bulk limit {@code base} fixed.
 *
 * <p>For fixed n0 the optimal a is linear (closed form); n0 is found by golden-section search on
 * (-0.99, 50). The form is the effective-mass confinement law E ~ 1/L^2 with an effective well width
 * L = (n + n0) a_oct that absorbs barrier penetration and dielectric effects (cf. Blancon et al., Nat. Commun.
 * 9, 2254 (2018), who scale Eb with an effective thickness).
 */
public final class InverseSquareFit {

    private static final double N0_MIN = -0.99;
    private static final double N0_MAX = 50.0;
    private static final double GOLDEN = (Math.sqrt(5.0) - 1.0) / 2.0;

    /**
     * Result of a fit.
     *
     * @param base       fixed bulk limit (unit of the data)
     * @param a          amplitude (unit of the data)
     * @param n0         offset of the effective thickness (dimensionless)
     * @param residuals  fitted minus measured, in the order of the input points
     */
    public record Result(double base, double a, double n0, double[] residuals) {

        /** Model value at n. */
        public double valueAt(double n) {
            return base + a / ((n + n0) * (n + n0));
        }
    }

    private InverseSquareFit() {
    }

    /**
     * Fits the points.
     *
     * @throws PhotophysicsException for fewer than 2 points
     */
    public static Result fit(List<SeriesPoint> points, double base) {
        if (points.size() < 2) {
            throw new PhotophysicsException("inverse-square fit needs at least 2 points, got " + points.size());
        }
        double lo = N0_MIN;
        double hi = N0_MAX;
        for (int i = 0; i < 200 && hi - lo > 1e-12; i++) {
            double x1 = hi - GOLDEN * (hi - lo);
            double x2 = lo + GOLDEN * (hi - lo);
            if (sse(points, base, x1) < sse(points, base, x2)) {
                hi = x2;
            } else {
                lo = x1;
            }
        }
        double n0 = 0.5 * (lo + hi);
        double a = amplitude(points, base, n0);
        double[] res = new double[points.size()];
        for (int i = 0; i < res.length; i++) {
            SeriesPoint p = points.get(i);
            res[i] = base + a / ((p.n() + n0) * (p.n() + n0)) - p.value();
        }
        return new Result(base, a, n0, res);
    }

    private static double amplitude(List<SeriesPoint> points, double base, double n0) {
        double num = 0.0;
        double den = 0.0;
        for (SeriesPoint p : points) {
            double g = 1.0 / ((p.n() + n0) * (p.n() + n0));
            num += g * (p.value() - base);
            den += g * g;
        }
        return num / den;
    }

    private static double sse(List<SeriesPoint> points, double base, double n0) {
        double a = amplitude(points, base, n0);
        double s = 0.0;
        for (SeriesPoint p : points) {
            double r = base + a / ((p.n() + n0) * (p.n() + n0)) - p.value();
            s += r * r;
        }
        return s;
    }
}
