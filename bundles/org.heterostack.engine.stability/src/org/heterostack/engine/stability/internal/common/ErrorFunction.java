package org.heterostack.engine.stability.internal.common;

/**
 * Error function and the slab-retention function of Fickian out-diffusion, implemented without third-party
 * libraries. erf uses its Maclaurin series for |x| &lt; 2 (converges to double precision) and the
 * Chebyshev-fitted complementary function of Numerical Recipes (Press et al., 3rd ed., section 6.2.2,
 * fractional error &lt; 1.2e-7 of erfc, i.e. &lt; 6e-10 absolute in erf for x &gt;= 2) beyond.
 */
public final class ErrorFunction {

    private static final double SQRT_PI = Math.sqrt(Math.PI);
    private static final double SERIES_LIMIT = 2.0;
    private static final int MAX_TERMS = 200;

    private ErrorFunction() {
    }

    /** @return erf(x) */
    public static double erf(double x) {
        if (!Double.isFinite(x)) {
            throw new StabilityException("erf: argument must be finite, got " + x);
        }
        double ax = Math.abs(x);
        double value = ax < SERIES_LIMIT ? erfSeries(ax) : 1.0 - erfcChebyshev(ax);
        return Math.copySign(value, x);
    }

    /**
     * Fraction of a species initially uniform in a surface slab of thickness h (reflecting outer surface) that is
     * still inside the slab after diffusing into a semi-infinite substrate with the same diffusivity:
     * M/M0 = erf(z) - (1 - exp(-z^2)) / (z sqrt(pi)), z = h / sqrt(D t) (Crank, The Mathematics of Diffusion,
     * 2nd ed., section 2.2, extended-source solution eq. 2.15 integrated over the slab, image source for the
     * reflecting surface).
     *
     * @param z h / sqrt(D t), must be &gt;= 0; z = infinity (t = 0) returns 1
     * @return retained fraction in [0, 1]
     */
    public static double slabRetainedFraction(double z) {
        if (Double.isNaN(z) || z < 0) {
            throw new StabilityException("slab retention: h/sqrt(D t) must be >= 0, got " + z);
        }
        if (z == Double.POSITIVE_INFINITY) {
            return 1.0;
        }
        if (z < SERIES_LIMIT) {
            return retainedSeries(z);
        }
        return erf(z) - (1.0 - Math.exp(-z * z)) / (z * SQRT_PI);
    }

    /** erf(x) = 2/sqrt(pi) sum (-1)^k x^(2k+1) / (k! (2k+1)), for 0 &lt;= x &lt; 2. */
    private static double erfSeries(double x) {
        double term = x; // (-1)^k x^(2k+1) / k!
        double sum = x;
        double x2 = x * x;
        for (int k = 1; k < MAX_TERMS; k++) {
            term *= -x2 / k;
            double contribution = term / (2 * k + 1);
            sum += contribution;
            if (Math.abs(contribution) < 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return 2.0 / SQRT_PI * sum;
    }

    /**
     * sqrt(pi) M/M0 = sum (-1)^k z^(2k+1) [2/(k!(2k+1)) - 1/(k+1)!]: the series avoids the cancellation of the
     * closed form at small z.
     */
    private static double retainedSeries(double z) {
        double z2 = z * z;
        double power = z; // (-1)^k z^(2k+1)
        double factorial = 1.0; // k!
        double sum = 0.0;
        for (int k = 0; k < MAX_TERMS; k++) {
            double coefficient = 2.0 / (factorial * (2 * k + 1)) - 1.0 / (factorial * (k + 1));
            double contribution = power * coefficient;
            sum += contribution;
            if (k > 0 && Math.abs(contribution) < 1e-17 * Math.abs(sum)) {
                break;
            }
            power *= -z2;
            factorial *= (k + 1);
        }
        return sum / SQRT_PI;
    }

    /** Numerical Recipes 3rd ed. Erf::erfccheb, valid for z &gt;= 0. */
    private static double erfcChebyshev(double z) {
        final double[] cof = {-1.3026537197817094, 6.4196979235649026e-1, 1.9476473204185836e-2,
            -9.561514786808631e-3, -9.46595344482036e-4, 3.66839497852761e-4, 4.2523324806907e-5,
            -2.0278578112534e-5, -1.624290004647e-6, 1.303655835580e-6, 1.5626441722e-8, -8.5238095915e-8,
            6.529054439e-9, 5.059343495e-9, -9.91364156e-10, -2.27365122e-10, 9.6467911e-11, 2.394038e-12,
            -6.886027e-12, 8.94487e-13, 3.13092e-13, -1.12708e-13, 3.81e-16, 7.106e-15, -1.523e-15,
            -9.4e-17, 1.21e-16, -2.8e-17};
        double t = 2.0 / (2.0 + z);
        double ty = 4.0 * t - 2.0;
        double d = 0.0;
        double dd = 0.0;
        for (int j = cof.length - 1; j > 0; j--) {
            double tmp = d;
            d = ty * d - dd + cof[j];
            dd = tmp;
        }
        return t * Math.exp(-z * z + 0.5 * (cof[0] + ty * d) - dd);
    }
}
