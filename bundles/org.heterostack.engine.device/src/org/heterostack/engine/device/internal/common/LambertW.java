package org.heterostack.engine.device.internal.common;

/**
 * Principal branch W0 of the Lambert W function (w e^w = x) for x >= 0, also evaluable from ln x so that
 * arguments far beyond the double range (e.g. exp(2000) in the one-diode model) are handled.
 *
 * <p>Halley iteration (Corless et al., Adv. Comput. Math. 5 (1996) 329, eq. 5.9) from the asymptotic
 * starting value w = L - ln L for large arguments and w = ln(1 + x) otherwise.
 */
public final class LambertW {

    private static final int MAX_ITERATIONS = 60;
    private static final double TOLERANCE = 1e-15;

    private LambertW() {
    }

    /**
     * W0(x) for x &gt;= 0.
     *
     * @param x argument, finite and non-negative
     * @return W0(x)
     * @throws IllegalArgumentException if x is negative or not finite
     * @throws ArithmeticException if the iteration does not converge
     */
    public static double w0(double x) {
        if (!(x >= 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("Lambert W0 needs a finite argument >= 0, got " + x);
        }
        return x == 0 ? 0 : w0FromLog(Math.log(x));
    }

    /**
     * W0(exp(lnX)), valid for any finite lnX (including lnX far above 709 where exp overflows).
     *
     * @param lnX natural logarithm of the argument
     * @return W0(exp(lnX))
     * @throws ArithmeticException if the iteration does not converge
     */
    public static double w0FromLog(double lnX) {
        if (Double.isNaN(lnX) || Double.isInfinite(lnX)) {
            throw new IllegalArgumentException("Lambert W0 needs a finite log-argument, got " + lnX);
        }
        if (lnX < -700) {
            return Math.exp(lnX); // W(x) = x - x^2 + ... for tiny x
        }
        if (lnX > 2) {
            return solveLogForm(lnX);
        }
        double x = Math.exp(lnX);
        double w = Math.log1p(x);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double ew = Math.exp(w);
            double f = w * ew - x;
            double wp1 = w + 1;
            double step = f / (ew * wp1 - (w + 2) * f / (2 * wp1));
            w -= step;
            if (Math.abs(step) <= TOLERANCE * (1 + Math.abs(w))) {
                return w;
            }
        }
        throw new ArithmeticException("Lambert W0 did not converge for ln x = " + lnX);
    }

    /** Newton on g(w) = w + ln w - L, which is well scaled for large L. */
    private static double solveLogForm(double lnX) {
        double w = lnX - Math.log(lnX);
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double g = w + Math.log(w) - lnX;
            double step = g / (1 + 1 / w);
            w -= step;
            if (Math.abs(step) <= TOLERANCE * Math.abs(w)) {
                return w;
            }
        }
        throw new ArithmeticException("Lambert W0 did not converge for ln x = " + lnX);
    }
}
