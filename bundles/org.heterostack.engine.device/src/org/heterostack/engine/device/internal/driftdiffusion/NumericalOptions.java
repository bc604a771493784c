package org.heterostack.engine.device.internal.driftdiffusion;

/**
 * Discretisation and solver settings.
 *
 * @param absorberIntervals grid intervals in the absorber (IonMonger default 400); the other layers get
 *        matching counts
 * @param relativeTolerance local-error tolerance of the adaptive BDF2 time stepping (weighted RMS norm;
 *        potential in units of kT/q counts absolutely)
 * @param absoluteDensityTolerancePerM3 absolute density floor of the error weights, m-3
 * @param newtonTolerance Newton stops when every update is below this fraction of the error weight
 * @param maxNewtonIterations Newton iterations before a step is retried with a smaller time step
 * @param maxStepS largest time step in s (also bounded by the J-V sampling interval)
 * @param maxSteps most time steps (accepted and rejected) of one simulation before it fails as too stiff
 * @param maxTotalNewtonIterations most Newton iterations of one simulation's time integration before it fails as too
 *        stiff: the step budget alone lets a simulation whose steps each take many iterations run for minutes
 */
public record NumericalOptions(int absorberIntervals, double relativeTolerance, double absoluteDensityTolerancePerM3,
        double newtonTolerance, int maxNewtonIterations, double maxStepS, int maxSteps, int maxTotalNewtonIterations) {

    /**
     * Default step budget: the examples' protocols take about 300 steps, so a simulation that needs 50 times more
     * has parameters that make it too stiff to solve in reasonable time (each step costs about 1.5 ms).
     */
    public static final int DEFAULT_MAX_STEPS = 15_000;

    /**
     * Default Newton budget: the examples' protocols take 580-940 iterations (about two per step), so 15,000 is 16
     * times the most an example needs; at 1-4 ms per iteration (700-11,000 grid nodes) a simulation that fails on it
     * has run for 15-60 s, where the step budget alone allowed ten iterations per step and minutes.
     */
    public static final int DEFAULT_MAX_TOTAL_NEWTON_ITERATIONS = 15_000;

    /** Validates ranges. */
    public NumericalOptions {
        if (absorberIntervals < 8 || !(relativeTolerance > 0 && relativeTolerance < 1)
                || !(absoluteDensityTolerancePerM3 > 0) || !(newtonTolerance > 0 && newtonTolerance <= 1)
                || maxNewtonIterations < 2 || !(maxStepS > 0) || maxSteps < 1 || maxTotalNewtonIterations < 1) {
            throw new DriftDiffusionException("invalid numerical options " + this);
        }
    }

    /**
     * IonMonger-comparable defaults: 400 absorber intervals, local-error tolerance 1e-2 (J-V figures agree
     * with 1e-4 to better than 0.01 %), Newton tolerance 0.3 of the error weights, 10 Newton iterations, at most
     * {@value #DEFAULT_MAX_STEPS} time steps and {@value #DEFAULT_MAX_TOTAL_NEWTON_ITERATIONS} Newton iterations.
     *
     * @return the defaults
     */
    public static NumericalOptions defaults() {
        return new NumericalOptions(400, 1e-2, 1e15, 0.3, 10, Double.POSITIVE_INFINITY, DEFAULT_MAX_STEPS,
                DEFAULT_MAX_TOTAL_NEWTON_ITERATIONS);
    }

    /** @param intervals absorber intervals @return copy with them */
    public NumericalOptions withAbsorberIntervals(int intervals) {
        return new NumericalOptions(intervals, relativeTolerance, absoluteDensityTolerancePerM3, newtonTolerance,
                maxNewtonIterations, maxStepS, maxSteps, maxTotalNewtonIterations);
    }

    /** @param rtol relative tolerance @return copy with it */
    public NumericalOptions withRelativeTolerance(double rtol) {
        return new NumericalOptions(absorberIntervals, rtol, absoluteDensityTolerancePerM3, newtonTolerance,
                maxNewtonIterations, maxStepS, maxSteps, maxTotalNewtonIterations);
    }

    /** @param stepS maximum step in s @return copy with it */
    public NumericalOptions withMaxStep(double stepS) {
        return new NumericalOptions(absorberIntervals, relativeTolerance, absoluteDensityTolerancePerM3,
                newtonTolerance, maxNewtonIterations, stepS, maxSteps, maxTotalNewtonIterations);
    }

    /** @param steps most time steps of one simulation @return copy with it */
    public NumericalOptions withMaxSteps(int steps) {
        return new NumericalOptions(absorberIntervals, relativeTolerance, absoluteDensityTolerancePerM3,
                newtonTolerance, maxNewtonIterations, maxStepS, steps, maxTotalNewtonIterations);
    }

    /** @param iterations most Newton iterations of one simulation's time integration @return copy with it */
    public NumericalOptions withMaxTotalNewtonIterations(int iterations) {
        return new NumericalOptions(absorberIntervals, relativeTolerance, absoluteDensityTolerancePerM3,
                newtonTolerance, maxNewtonIterations, maxStepS, maxSteps, iterations);
    }
}
