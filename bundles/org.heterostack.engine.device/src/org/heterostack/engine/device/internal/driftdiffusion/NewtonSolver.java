package org.heterostack.engine.device.internal.driftdiffusion;

/**
 * Damped (simplified) Newton iteration on the time-discrete residual with the banded LU; densities are kept
 * positive by limiting any decrease to a factor 100 per iteration. Work arrays are allocated once.
 */
final class NewtonSolver {

    private static final double MAX_DECREASE = 1e-2;

    private final Discretisation disc;
    private final BandedLu jac;
    private final double[] res;
    private final double[] delta;
    final double[] weights;
    private final double densityAtol;
    private final double rtol;
    private final double[] start;
    private boolean factorValid;
    private double factorShift;
    int iterations;
    int factorisations;

    NewtonSolver(Discretisation disc, double rtol, double densityAtolScaled) {
        this.disc = disc;
        this.jac = disc.newMatrix();
        this.res = new double[disc.size];
        this.delta = new double[disc.size];
        this.weights = new double[disc.size];
        this.start = new double[disc.size];
        this.rtol = rtol;
        this.densityAtol = densityAtolScaled;
    }

    /** Error weights 1/(atol + rtol |u|); potential (kT/q units) absolute with tolerance rtol. */
    void updateWeights(double[] u) {
        for (int i = 0; i < u.length; i++) {
            if (disc.isIdentity(i)) {
                weights[i] = 0;
            } else if (i % Discretisation.BLOCK == Discretisation.PHI) {
                weights[i] = 1 / rtol;
            } else {
                weights[i] = 1 / (densityAtol + rtol * Math.abs(u[i]));
            }
        }
    }

    /**
     * Solves R(u) = F(u) - shift M u - hist = 0 in place by simplified Newton: the last LU factorisation is
     * reused while it contracts (rate &lt; 0.5) and its shift is within 30 % of the current one; otherwise the
     * Jacobian is rebuilt. If a reused factorisation fails, the solve restarts once with fresh Jacobians.
     *
     * @param tolerance stop when max_i |delta_i| weight_i &lt;= tolerance
     * @return true if converged; u then holds the solution
     */
    boolean solve(double[] u, double voltageV, double light, double shift, double[] hist, double tolerance,
            int maxIterations) {
        updateWeights(u);
        boolean reuse = factorValid && Math.abs(shift - factorShift) <= 0.3 * Math.abs(shift);
        if (reuse) {
            System.arraycopy(u, 0, start, 0, u.length);
            if (iterate(u, voltageV, light, shift, hist, tolerance, maxIterations, true)) {
                return true;
            }
            System.arraycopy(start, 0, u, 0, u.length);
        }
        return iterate(u, voltageV, light, shift, hist, tolerance, maxIterations, false);
    }

    /**
     * Full Newton iterations without a convergence test, to drive a converged steady state to round-off
     * (quadratic convergence); used before current-continuity-sensitive outputs.
     */
    void polish(double[] u, double voltageV, double light, double shift, double[] hist, int count) {
        for (int it = 0; it < count; it++) {
            disc.assemble(u, voltageV, light, shift, hist, res, jac);
            iterations++;
            factorisations++;
            factorValid = jac.factor();
            factorShift = shift;
            if (!factorValid) {
                return;
            }
            for (int i = 0; i < res.length; i++) {
                delta[i] = -res[i];
            }
            jac.solve(delta);
            update(u);
        }
    }

    private boolean iterate(double[] u, double voltageV, double light, double shift, double[] hist,
            double tolerance, int maxIterations, boolean reuseFirst) {
        boolean fresh = !reuseFirst;
        double previous = Double.POSITIVE_INFINITY;
        for (int it = 0; it < maxIterations; it++) {
            iterations++;
            if (fresh) {
                disc.assemble(u, voltageV, light, shift, hist, res, jac);
                factorisations++;
                factorValid = jac.factor();
                factorShift = shift;
                if (!factorValid) {
                    return false;
                }
            } else {
                disc.assemble(u, voltageV, light, shift, hist, res, null);
            }
            for (int i = 0; i < res.length; i++) {
                delta[i] = -res[i];
            }
            jac.solve(delta);
            double norm = update(u);
            if (Double.isNaN(norm)) {
                return false;
            }
            if (norm <= tolerance) {
                return true;
            }
            fresh = it > 0 && norm > 0.5 * previous;
            previous = norm;
        }
        return false;
    }

    /** Applies delta with the positivity limit; returns the weighted max norm, NaN if not finite. */
    private double update(double[] u) {
        double norm = 0;
        for (int i = 0; i < u.length; i++) {
            double d = delta[i];
            if (!Double.isFinite(d)) {
                return Double.NaN;
            }
            norm = Math.max(norm, Math.abs(d) * weights[i]);
            double next = u[i] + d;
            if (i % Discretisation.BLOCK != Discretisation.PHI && next < MAX_DECREASE * u[i]) {
                next = MAX_DECREASE * u[i];
            }
            u[i] = next;
        }
        return norm;
    }
}
