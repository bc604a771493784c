package org.heterostack.engine.device.internal.driftdiffusion;

/**
 * Damped Newton iteration on the time-discrete residual with the banded LU; densities are kept positive by
 * limiting any decrease to a factor 100 per iteration. Work arrays are allocated once.
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
    int iterations;
    int factorisations;

    NewtonSolver(Discretisation disc, double rtol, double densityAtolScaled) {
        this.disc = disc;
        this.jac = disc.newMatrix();
        this.res = new double[disc.size];
        this.delta = new double[disc.size];
        this.weights = new double[disc.size];
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
     * Solves R(u) = F(u) - shift M u - hist = 0 in place.
     *
     * @param tolerance stop when max_i |delta_i| weight_i &lt;= tolerance
     * @return true if converged; u then holds the solution
     */
    boolean solve(double[] u, double voltageV, double light, double shift, double[] hist, double tolerance,
            int maxIterations) {
        updateWeights(u);
        for (int it = 0; it < maxIterations; it++) {
            disc.assemble(u, voltageV, light, shift, hist, res, jac);
            iterations++;
            factorisations++;
            if (!jac.factor()) {
                return false;
            }
            for (int i = 0; i < res.length; i++) {
                delta[i] = -res[i];
            }
            jac.solve(delta);
            double norm = 0;
            for (int i = 0; i < u.length; i++) {
                double d = delta[i];
                if (!Double.isFinite(d)) {
                    return false;
                }
                norm = Math.max(norm, Math.abs(d) * weights[i]);
                double next = u[i] + d;
                if (i % Discretisation.BLOCK != Discretisation.PHI && next < MAX_DECREASE * u[i]) {
                    next = MAX_DECREASE * u[i];
                }
                u[i] = next;
            }
            if (norm <= tolerance) {
                return true;
            }
        }
        return false;
    }
}
