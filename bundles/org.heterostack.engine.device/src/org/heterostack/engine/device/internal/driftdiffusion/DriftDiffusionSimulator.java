package org.heterostack.engine.device.internal.driftdiffusion;

import static org.heterostack.engine.PhysicalConstants.A_PER_M2_PER_MA_PER_CM2;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.heterostack.engine.device.internal.common.JvAnalysis;
import org.heterostack.engine.device.internal.common.JvCurve;
import org.heterostack.engine.device.internal.common.SolarCellFigures;

/**
 * Drift-diffusion simulation of a 1D multilayer perovskite cell with one mobile ionic species, IonMonger-class
 * (Courtier et al., J. Comput. Electron. 18 (2019) 1435; Clarke et al., J. Comput. Electron. 21 (2022) 1),
 * generalised to any number of layers (e.g. a thin wide-gap 2D passivation layer with its own offsets and
 * interface velocities).
 *
 * <p>Numerics: finite volumes on IonMonger's tanh grid ({@link Grid}), Scharfetter-Gummel fluxes, scaled
 * unknowns (phi/VT, densities/N0) per node, Newton with a banded LU ({@link BandedLu}), adaptive variable-step
 * BDF2 in time ({@link TransientSolver}), steady states by pseudo-transient continuation. Assumptions:
 * Boltzmann statistics, abrupt interfaces with quasi-Fermi-level continuity, ohmic contacts, Beer-Lambert
 * generation of one effective wavelength, blocking ionic boundaries. Validity: device thickness and doping
 * such that the grid resolves the Debye lengths (the tanh grid puts 20 % of the absorber intervals within one
 * ionic Debye length of each interface).
 *
 * <p>Not thread-safe; one instance per thread.
 */
public final class DriftDiffusionSimulator {

    private final DeviceStack stack;
    private final NumericalOptions options;
    private final Discretisation disc;
    private final NewtonSolver newton;
    private final SteadyStateSolver steady;

    /**
     * @param stack the device
     * @param options grid and solver settings
     */
    public DriftDiffusionSimulator(DeviceStack stack, NumericalOptions options) {
        this.stack = stack;
        this.options = options;
        Grid grid = Grid.build(stack, options.absorberIntervals());
        this.disc = new Discretisation(new DeviceCoefficients(stack, grid));
        this.newton = new NewtonSolver(disc, options.relativeTolerance(),
                options.absoluteDensityTolerancePerM3() / disc.co.densityScalePerM3);
        this.steady = new SteadyStateSolver(disc, newton, options);
    }

    /** @return number of grid nodes */
    public int gridNodes() {
        return disc.nodes;
    }

    /**
     * Runs a protocol under the stack's illumination: steady state at the initial voltage, then the
     * segments; t = 0 at the end of the steady state.
     *
     * @param protocol voltage protocol
     * @param profileTimesS times (s) at which internal profiles are captured (may be empty)
     * @return recorded scans (with figures), profiles and statistics
     * @throws DriftDiffusionException naming time and voltage if the solver fails
     */
    public DriftDiffusionResult run(VoltageProtocol protocol, double... profileTimesS) {
        long start = System.nanoTime();
        int iterationsBefore = newton.iterations;
        int factorisationsBefore = newton.factorisations;
        double[] u = steady.initialGuess(protocol.initialVoltageV());
        steady.relax(u, protocol.initialVoltageV(), 1);
        double[] profileTimes = profileTimesS.clone();
        Arrays.sort(profileTimes);
        List<InternalProfile> profiles = new ArrayList<>();
        if (profileTimes.length > 0 && profileTimes[0] <= 0) {
            profiles.add(ProfileBuilder.build(disc, u, 0, protocol.initialVoltageV()));
        }
        TransientSolver ts = new TransientSolver(disc, newton, options, u, 0);
        List<ScanResult> scans = new ArrayList<>();
        double segmentStart = 0;
        for (VoltageProtocol.Segment seg : protocol.segments()) {
            scans.addAll(runSegment(ts, seg, segmentStart, profileTimes, profiles));
            segmentStart += seg.durationS();
        }
        SolverStatistics stats = new SolverStatistics(disc.nodes, disc.size, ts.steps, ts.rejected,
                newton.iterations - iterationsBefore, newton.factorisations - factorisationsBefore, (System.nanoTime() - start) * 1e-9);
        return new DriftDiffusionResult(scans, profiles, stats);
    }

    private List<ScanResult> runSegment(TransientSolver ts, VoltageProtocol.Segment seg, double t0,
            double[] profileTimes, List<InternalProfile> profiles) {
        double t1 = t0 + seg.durationS();
        int samples = seg.samples();
        double[] sampleTimes = new double[samples];
        for (int k = 0; k < samples; k++) {
            sampleTimes[k] = t0 + seg.durationS() * k / (samples - 1);
        }
        if (samples > 1) {
            // the last sample is the segment's end exactly (d k / (samples - 1) can round past it)
            sampleTimes[samples - 1] = t1;
        }
        double[] outputs = merge(sampleTimes, profileTimes, t0, t1);
        double[] v = new double[samples];
        double[] j = new double[samples];
        if (samples > 0) {
            v[0] = seg.startV();
            j[0] = contactCurrentMilliAmpPerCm2(ts.state(), ts.storage());
        }
        int[] filled = {samples > 0 ? 1 : 0};
        ts.advance(t -> seg.voltageAt(t - t0), 1, t1, outputs, (index, time, voltage, state, storage) -> {
            if (filled[0] < samples && Math.abs(time - sampleTimes[filled[0]]) <= 1e-12 * Math.max(1, time)) {
                v[filled[0]] = voltage;
                j[filled[0]] = contactCurrentMilliAmpPerCm2(state, storage);
                filled[0]++;
            }
            for (double pt : profileTimes) {
                if (Math.abs(time - pt) <= 1e-12 * Math.max(1, time)) {
                    profiles.add(ProfileBuilder.build(disc, state, time, voltage));
                }
            }
        });
        if (samples == 0) {
            return List.of();
        }
        if (filled[0] != samples) {
            throw new DriftDiffusionException("segment " + seg.name() + " recorded " + filled[0] + " of " + samples
                    + " samples", t1, seg.endV());
        }
        JvCurve curve = new JvCurve(v, j);
        return List.of(new ScanResult(seg.name(), curve, sampleTimes, figuresOrNull(curve)));
    }

    private SolarCellFigures figuresOrNull(JvCurve curve) {
        if (stack.illumination().photonFluxPerM2S() == 0) {
            return null;
        }
        try {
            return JvAnalysis.analyse(curve, stack.illumination().irradianceWPerM2() / 10);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static double[] merge(double[] a, double[] b, double t0, double t1) {
        return java.util.stream.DoubleStream.concat(Arrays.stream(a), Arrays.stream(b))
                .filter(t -> t > t0 && t <= t1).sorted().distinct().toArray();
    }

    private double contactCurrentMilliAmpPerCm2(double[] u, double[] storage) {
        return CurrentEvaluator.terminalCurrentAPerM2(disc, u, 1, storage) / A_PER_M2_PER_MA_PER_CM2;
    }

    /**
     * Steady state at one voltage under the stack's illumination (ions relaxed).
     *
     * @param voltageV applied voltage in V
     * @return the internal profile (its current densities give J and the continuity check)
     */
    public InternalProfile steadyState(double voltageV) {
        double[] u = steady.initialGuess(voltageV);
        steady.relax(u, voltageV, 1);
        return ProfileBuilder.build(disc, u, 0, voltageV);
    }

    /**
     * Steady-state J-V curve by continuation in voltage (ions relaxed at every voltage).
     *
     * @param voltagesV voltages in V, in the order to solve them
     * @return the curve in mA/cm2
     */
    public JvCurve steadyStateJv(double... voltagesV) {
        double[] u = steady.initialGuess(voltagesV[0]);
        double[] j = new double[voltagesV.length];
        for (int k = 0; k < voltagesV.length; k++) {
            steady.relax(u, voltagesV[k], 1);
            j[k] = contactCurrentMilliAmpPerCm2(u, null);
        }
        return new JvCurve(voltagesV, j);
    }
}
