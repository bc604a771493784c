package org.heterostack.engine.device.internal.driftdiffusion;

import java.util.function.DoubleUnaryOperator;

/**
 * Adaptive variable-step BDF2 integration of the DAE M du/dt = F(u) (Poisson rows algebraic), started with
 * one implicit-Euler step. Local error estimate from the quadratic predictor (Brenan, Campbell &amp;
 * Petzold, "Numerical Solution of Initial-Value Problems in DAEs", SIAM 1996, sec. 5.2):
 * LTE ~ h/(t_{n+1} - t_{n-2}) |u_{n+1} - u_pred| in the weighted RMS norm; step accepted if &lt;= 1, next step
 * h 0.9 err^(-1/3) (factor 0.2-2, below the variable-step BDF2 stability bound 1 + sqrt 2). Newton failure quarters the step; below 1e-14 s the integration throws
 * a {@link DriftDiffusionException} naming the time and voltage, as it does after {@link NumericalOptions#maxSteps()}
 * steps or {@link NumericalOptions#maxTotalNewtonIterations()} Newton iterations. Steps end exactly on requested output
 * times.
 */
final class TransientSolver {

    /** Receives the state at each requested output time. */
    interface Sink {
        /**
         * @param storage M du/dt of the accepted step per unknown (BDF approximation)
         */
        void accept(int outputIndex, double timeS, double voltageV, double[] u, double[] storage);
    }

    private static final double MIN_STEP_S = 1e-14;
    /** Step ratio bound below the BDF2 zero-stability limit 1 + sqrt(2). */
    private static final double MAX_GROWTH = 2.0;

    private final Discretisation disc;
    private final NewtonSolver newton;
    private final NumericalOptions options;
    private final double[] u;
    private final double[] uPrev;
    private final double[] uPrev2;
    private final double[] pred;
    private final double[] hist;
    private final double[] trial;
    private final double[] storage;
    private double lastShift;
    private double t;
    private double tPrev;
    private double tPrev2;
    private int history;
    private double h;
    private final int newtonIterationsAtStart;
    int steps;
    int rejected;

    TransientSolver(Discretisation disc, NewtonSolver newton, NumericalOptions options, double[] initial,
            double t0) {
        this.disc = disc;
        this.newton = newton;
        this.options = options;
        this.newtonIterationsAtStart = newton.iterations;
        int n = disc.size;
        u = initial.clone();
        uPrev = new double[n];
        uPrev2 = new double[n];
        pred = new double[n];
        hist = new double[n];
        trial = new double[n];
        storage = new double[n];
        t = t0;
        history = 0;
        h = 1e-6;
    }

    /** @return the current state (live array) */
    double[] state() {
        return u;
    }

    /** @return M du/dt of the last accepted step (zeros before the first step), live array */
    double[] storage() {
        return storage;
    }

    /** @return the current time in s */
    double time() {
        return t;
    }

    /**
     * Integrates to tEnd, stopping exactly at each output time (sorted, within (t, tEnd]).
     *
     * @param voltage applied voltage as a function of time, V
     * @param light illumination multiplier
     * @param tEnd end time in s
     * @param outputTimes times at which sink receives the state
     * @param sink receiver (may be null)
     */
    void advance(DoubleUnaryOperator voltage, double light, double tEnd, double[] outputTimes, Sink sink) {
        int next = 0;
        while (next < outputTimes.length && outputTimes[next] <= t) {
            next++;
        }
        while (t < tEnd * (1 - 1e-15)) {
            if (steps + rejected >= options.maxSteps()) {
                throw new DriftDiffusionException("the time integration needed more than " + options.maxSteps() + " steps; "
                        + "the parameters make the equations too stiff (check the diffusivities, mobilities and "
                        + "densities of the layers)", t, voltage.applyAsDouble(t));
            }
            if (newton.iterations - newtonIterationsAtStart >= options.maxTotalNewtonIterations()) {
                throw new DriftDiffusionException("the time integration needed more than "
                        + options.maxTotalNewtonIterations() + " Newton iterations in " + steps + " steps; the "
                        + "parameters make the equations too stiff (check the diffusivities, mobilities and densities "
                        + "of the layers)", t, voltage.applyAsDouble(t));
            }
            double target = next < outputTimes.length ? Math.min(outputTimes[next], tEnd) : tEnd;
            double step = Math.min(Math.min(h, options.maxStepS()), target - t);
            if (target - t - step < 0.1 * step) {
                step = target - t;
            }
            boolean truncated = step < h;
            double tNew = (step == target - t) ? target : t + step;
            double err = tryStep(voltage, light, tNew);
            if (Double.isNaN(err)) {
                rejected++;
                h = 0.25 * (tNew - t);
                if (h < MIN_STEP_S) {
                    throw new DriftDiffusionException("Newton iteration did not converge (time step below "
                            + MIN_STEP_S + " s)", tNew, voltage.applyAsDouble(tNew));
                }
                continue;
            }
            if (err > 1) {
                rejected++;
                h = (tNew - t) * Math.max(0.2, 0.9 * Math.pow(err, -1.0 / 3));
                continue;
            }
            accept(tNew);
            steps++;
            double grown = (tNew - tPrev) * Math.min(MAX_GROWTH, Math.max(0.2, 0.9 * Math.pow(Math.max(err, 1e-6),
                    -1.0 / 3)));
            h = truncated ? Math.max(grown, Math.min(h, MAX_GROWTH * (tNew - tPrev))) : grown;
            while (next < outputTimes.length && outputTimes[next] <= t * (1 + 1e-15)) {
                if (sink != null) {
                    sink.accept(next, t, voltage.applyAsDouble(t), u, storage);
                }
                next++;
            }
        }
    }

    /** @return the error estimate of a step to tNew (solution in trial), or NaN if Newton failed */
    private double tryStep(DoubleUnaryOperator voltage, double light, double tNew) {
        double hn = tNew - t;
        int n = u.length;
        double shift;
        if (history == 0) {
            shift = 1 / hn;
            lastShift = shift;
            for (int i = 0; i < n; i++) {
                hist[i] = -disc.mass[i] * u[i] / hn;
                pred[i] = u[i];
            }
        } else {
            double omega = hn / (t - tPrev);
            double a0 = (1 + 2 * omega) / (1 + omega);
            double a1 = -(1 + omega);
            double a2 = omega * omega / (1 + omega);
            shift = a0 / hn;
            predict(tNew);
            lastShift = shift;
            for (int i = 0; i < n; i++) {
                hist[i] = disc.mass[i] * (a1 * u[i] + a2 * uPrev[i]) / hn;
            }
        }
        for (int i = 0; i < n; i++) {
            trial[i] = pred[i] > 0 || i % Discretisation.BLOCK == Discretisation.PHI ? pred[i] : u[i];
        }
        if (!newton.solve(trial, voltage.applyAsDouble(tNew), light, shift, hist, options.newtonTolerance(),
                options.maxNewtonIterations())) {
            return Double.NaN;
        }
        if (history == 0) {
            return 0;
        }
        double span = history >= 2 ? tNew - tPrev2 : tNew - tPrev;
        double sum = 0;
        int count = 0;
        for (int i = 0; i < n; i++) {
            double w = newton.weights[i];
            if (w > 0) {
                double e = (trial[i] - pred[i]) * w;
                sum += e * e;
                count++;
            }
        }
        return hn / span * Math.sqrt(sum / Math.max(1, count));
    }

    /** Quadratic (or linear with two points) extrapolation of the history to tNew into pred. */
    private void predict(double tNew) {
        if (history >= 2) {
            double l0 = (tNew - tPrev) * (tNew - tPrev2) / ((t - tPrev) * (t - tPrev2));
            double l1 = (tNew - t) * (tNew - tPrev2) / ((tPrev - t) * (tPrev - tPrev2));
            double l2 = (tNew - t) * (tNew - tPrev) / ((tPrev2 - t) * (tPrev2 - tPrev));
            for (int i = 0; i < u.length; i++) {
                pred[i] = l0 * u[i] + l1 * uPrev[i] + l2 * uPrev2[i];
            }
        } else {
            double s = (tNew - t) / (t - tPrev);
            for (int i = 0; i < u.length; i++) {
                pred[i] = u[i] + s * (u[i] - uPrev[i]);
            }
        }
    }

    private void accept(double tNew) {
        System.arraycopy(uPrev, 0, uPrev2, 0, u.length);
        System.arraycopy(u, 0, uPrev, 0, u.length);
        System.arraycopy(trial, 0, u, 0, u.length);
        for (int i = 0; i < u.length; i++) {
            storage[i] = lastShift * disc.mass[i] * u[i] + hist[i];
        }
        tPrev2 = tPrev;
        tPrev = t;
        t = tNew;
        history = Math.min(history + 1, 2);
    }
}
