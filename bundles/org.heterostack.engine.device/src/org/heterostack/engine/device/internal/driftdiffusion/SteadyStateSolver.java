package org.heterostack.engine.device.internal.driftdiffusion;

import static org.heterostack.engine.device.internal.driftdiffusion.Discretisation.BLOCK;

/**
 * Steady states by pseudo-transient continuation: implicit-Euler steps with a time step growing from 1 ns to
 * 1e9 s (quartered on Newton failure) until the state stops changing; implicit Euler conserves the total
 * ion number exactly, which fixes the otherwise undetermined ionic level.
 */
final class SteadyStateSolver {

    private static final double FIRST_STEP_S = 1e-9;
    private static final double LAST_STEP_S = 1e9;
    private static final double STEADY_CHANGE = 1e-7;

    private final Discretisation disc;
    private final NewtonSolver newton;
    private final NumericalOptions options;
    private final double[] trial;
    private final double[] hist;

    SteadyStateSolver(Discretisation disc, NewtonSolver newton, NumericalOptions options) {
        this.disc = disc;
        this.newton = newton;
        this.options = options;
        this.trial = new double[disc.size];
        this.hist = new double[disc.size];
    }

    /**
     * Relaxes u in place to the steady state at a voltage.
     *
     * @throws DriftDiffusionException naming the voltage (protocol time 0: steady states precede the
     *         transient protocol) if no steady state is reached
     */
    void relax(double[] u, double voltageV, double light) {
        double dt = FIRST_STEP_S;
        double tau = 0;
        for (int step = 0; step < 400; step++) {
            System.arraycopy(u, 0, trial, 0, u.length);
            for (int i = 0; i < u.length; i++) {
                hist[i] = -disc.mass[i] * u[i] / dt;
            }
            if (!newton.solve(trial, voltageV, light, 1 / dt, hist, 1e-3 * options.newtonTolerance(),
                    options.maxNewtonIterations())) {
                dt *= 0.25;
                if (dt < 1e-16) {
                    throw new DriftDiffusionException("no steady state: Newton failed in pseudo-time stepping"
                            + " (pseudo-time " + String.format("%.3g", tau) + " s)", 0, voltageV);
                }
                continue;
            }
            double change = 0;
            for (int i = 0; i < u.length; i++) {
                change = Math.max(change, Math.abs(trial[i] - u[i]) * newton.weights[i] * options.relativeTolerance());
            }
            System.arraycopy(trial, 0, u, 0, u.length);
            tau += dt;
            if (dt >= LAST_STEP_S && change < STEADY_CHANGE) {
                newton.polish(u, voltageV, light, 1 / dt, hist, 2);
                return;
            }
            dt = Math.min(LAST_STEP_S, dt * (change < 0.1 ? 10 : 3));
        }
        throw new DriftDiffusionException("no steady state after 400 pseudo-time steps", 0, voltageV);
    }

    /** Flat-band initial guess at a voltage: linear potential, carriers at the contacts' quasi-Fermi levels. */
    double[] initialGuess(double voltageV) {
        DeviceCoefficients co = disc.co;
        int nodes = disc.nodes;
        double[] u = new double[disc.size];
        double phiL = co.leftContactPotential(voltageV);
        double length = co.grid.xM[nodes - 1];
        boolean electronsLeft = co.contactN[0] >= co.contactN[1];
        boolean holesRight = co.contactP[1] >= co.contactP[0];
        for (int i = 0; i < nodes; i++) {
            double phi = phiL * (1 - 2 * co.grid.xM[i] / length);
            int b = BLOCK * i;
            u[b + Discretisation.PHI] = phi;
            double nRef = electronsLeft ? co.contactN[0] * Math.exp(phi - phiL) : co.contactN[1] * Math.exp(phi + phiL);
            double pRef = holesRight ? co.contactP[1] * Math.exp(-(phi + phiL)) : co.contactP[0] * Math.exp(phiL - phi);
            u[b + Discretisation.N] = disc.isIdentity(b + Discretisation.N) ? 0 : nRef;
            u[b + Discretisation.P] = disc.isIdentity(b + Discretisation.P) ? 0 : pRef;
            u[b + Discretisation.ION] = disc.isIdentity(b + Discretisation.ION) ? 0 : 1;
        }
        return u;
    }
}
