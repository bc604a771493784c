package org.heterostack.engine.photophysics.internal.quantumwell;

import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;

/**
 * Gauss-Legendre and Gauss-Laguerre nodes and weights (Newton iteration on the orthogonal polynomials,
 * Press et al., Numerical Recipes, 3rd ed., section 4.6).
 */
final class GaussQuadrature {

    /**
     * Nodes and weights.
     *
     * @param x nodes
     * @param w weights
     */
    record Rule(double[] x, double[] w) {
    }

    private GaussQuadrature() {
    }

    /** Gauss-Legendre rule with n points on [a, b]. */
    static Rule legendre(int n, double a, double b) {
        double[] x = new double[n];
        double[] w = new double[n];
        int m = (n + 1) / 2;
        for (int i = 0; i < m; i++) {
            double z = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double pp = 0.0;
            for (int it = 0; it < 100; it++) {
                double p1 = 1.0;
                double p2 = 0.0;
                for (int j = 0; j < n; j++) {
                    double p3 = p2;
                    p2 = p1;
                    p1 = ((2.0 * j + 1.0) * z * p2 - j * p3) / (j + 1);
                }
                pp = n * (z * p1 - p2) / (z * z - 1.0);
                double z1 = z;
                z = z1 - p1 / pp;
                if (Math.abs(z - z1) < 1e-15) {
                    break;
                }
            }
            double half = 0.5 * (b - a);
            x[i] = 0.5 * (a + b) - half * z;
            x[n - 1 - i] = 0.5 * (a + b) + half * z;
            w[i] = 2.0 * half / ((1.0 - z * z) * pp * pp);
            w[n - 1 - i] = w[i];
        }
        return new Rule(x, w);
    }

    /** Gauss-Laguerre rule with n points for the integral of exp(-t) f(t) over [0, infinity). */
    static Rule laguerre(int n) {
        double[] x = new double[n];
        double[] w = new double[n];
        double z = 0.0;
        for (int i = 0; i < n; i++) {
            if (i == 0) {
                z = 3.0 / (1.0 + 2.4 * n);
            } else if (i == 1) {
                z += 15.0 / (1.0 + 2.5 * n);
            } else {
                double ai = i - 1;
                z += ((1.0 + 2.55 * ai) / (1.9 * ai)) * (z - x[i - 2]);
            }
            double pp = 0.0;
            double p2 = 0.0;
            boolean converged = false;
            for (int it = 0; it < 200; it++) {
                double p1 = 1.0;
                p2 = 0.0;
                for (int j = 0; j < n; j++) {
                    double p3 = p2;
                    p2 = p1;
                    p1 = ((2 * j + 1 - z) * p2 - j * p3) / (j + 1);
                }
                pp = (n * p1 - n * p2) / z;
                double z1 = z;
                z = z1 - p1 / pp;
                if (Math.abs(z - z1) <= 1e-14 * Math.abs(z)) {
                    converged = true;
                    break;
                }
            }
            if (!converged) {
                throw new PhotophysicsException("Gauss-Laguerre node " + i + " of " + n + " did not converge");
            }
            x[i] = z;
            w[i] = -1.0 / (pp * n * p2);
        }
        return new Rule(x, w);
    }
}
