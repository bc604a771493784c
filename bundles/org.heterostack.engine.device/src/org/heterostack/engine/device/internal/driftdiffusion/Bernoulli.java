package org.heterostack.engine.device.internal.driftdiffusion;

/**
 * Bernoulli function B(x) = x/(e^x - 1) of the Scharfetter-Gummel flux (Scharfetter &amp; Gummel, IEEE Trans.
 * Electron Devices 16 (1969) 64) and its derivative, accurate for all x (series near 0).
 */
final class Bernoulli {

    private static final double SMALL = 1e-4;

    private Bernoulli() {
    }

    /** @return B(x) */
    static double value(double x) {
        if (Math.abs(x) < SMALL) {
            return 1 - x / 2 + x * x / 12;
        }
        return x / Math.expm1(x);
    }

    /**
     * @param x argument
     * @param b B(x), already computed
     * @return B'(x) = B (1 - B)/x - B
     */
    static double derivative(double x, double b) {
        if (Math.abs(x) < SMALL) {
            return -0.5 + x / 6;
        }
        return b * (1 - b) / x - b;
    }
}
