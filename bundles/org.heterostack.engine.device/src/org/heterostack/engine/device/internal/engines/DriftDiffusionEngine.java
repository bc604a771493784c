package org.heterostack.engine.device.internal.engines;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.heterostack.engine.AnalysisRequest;
import org.heterostack.engine.EngineDescriptor;
import org.heterostack.engine.EngineException;
import org.heterostack.engine.EngineProperties;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.EngineSettings;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.IValueConsumer;
import org.heterostack.engine.ResultBuilder;
import org.heterostack.engine.device.internal.driftdiffusion.DriftDiffusionException;
import org.heterostack.engine.device.internal.driftdiffusion.DriftDiffusionResult;
import org.heterostack.engine.device.internal.driftdiffusion.DriftDiffusionSimulator;
import org.heterostack.engine.device.internal.driftdiffusion.InternalProfile;
import org.heterostack.engine.device.internal.driftdiffusion.NumericalOptions;
import org.heterostack.engine.device.internal.driftdiffusion.ScanResult;
import org.heterostack.engine.device.internal.driftdiffusion.VoltageProtocol;
import org.heterostack.engine.device.internal.mapping.BandGaps;
import org.heterostack.engine.device.internal.mapping.DeviceStackMapper;
import org.heterostack.engine.device.internal.mapping.MappedDevice;
import org.heterostack.engine.device.internal.mapping.ProtocolMapper;
import org.heterostack.engine.device.internal.mapping.TwoDBarriers;
import org.heterostack.engine.device.internal.twod.TwoDAssumptions;
import org.heterostack.model.Device;
import org.heterostack.model.DeviceKind;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.LayerRole;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Severity;
import org.osgi.service.component.annotations.Component;

/**
 * Drift-diffusion with one mobile ionic species (IonMonger-class) on a device's layer stack, running its
 * voltage protocol: J-V scans with figures of merit, hysteresis index and internal profiles.
 */
@Component(service = IAnalysisEngine.class, property = { EngineProperties.ID + "=" + DriftDiffusionEngine.ID,
        EngineProperties.VERSION + "=" + DriftDiffusionEngine.VERSION, EngineProperties.CATEGORY + "=DEVICE" })
public class DriftDiffusionEngine implements IAnalysisEngine, IValueConsumer {

    /** The engine id. */
    public static final String ID = "org.heterostack.engine.device.driftdiffusion";

    /** The engine version. */
    public static final String VERSION = "1.0.0";

    static final String GRID = "perovskite_grid_intervals";
    static final String TOLERANCE = "time_tolerance";
    static final String STEP = "voltage_step";
    static final String PROFILE_TIMES = "profile_times";

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Drift-diffusion with mobile ions",
            VERSION, EngineCategory.DEVICE, "Heterostack",
            List.of("N. E. Courtier, J. M. Cave, J. M. Foster, A. B. Walker, G. Richardson, J. Comput. Electron. 18, "
                    + "1435 (2019): IonMonger", "W. Clarke et al., J. Comput. Electron. 21, 1 (2022): IonMonger 2.0",
                    "D. L. Scharfetter, H. K. Gummel, IEEE Trans. Electron Devices 16, 64 (1969)"),
            "1D Poisson + electron and hole continuity in every layer (a carrier a layer does not conduct is "
                    + "blocked), Boltzmann statistics, band offsets with quasi-Fermi-level continuity, SRH (mid-gap "
                    + "trap), radiative and Auger bulk recombination, SRH interface recombination velocities, doped "
                    + "transport layers, one positive mobile vacancy species confined to the absorber on a uniform "
                    + "background (blocking boundaries), Beer-Lambert generation of one effective wavelength from "
                    + "the illuminated side (layers conducting one carrier are transparent), ideal ohmic contacts at "
                    + "the outer faces of the outermost non-electrode layers. Scharfetter-Gummel finite volumes on a "
                    + "tanh grid refined at interfaces, Newton with a banded LU, adaptive BDF2 time stepping. A 2D "
                    + "perovskite layer is a layer whose unset parameters come from its structure (gap from the "
                    + "lead-iodide series at its dominant n, band edges from the 3D film's, permittivity and "
                    + "out-of-plane diffusivities of the slab/organic laminate by orientation, WKB tunnelling "
                    + "through the organic layers); 2D phases at a surface or the grain boundaries without a layer "
                    + "lower the interface recombination velocities or the film's SRH recombination there.",
            "Planar 1D stacks whose Debye lengths the grid resolves (doping up to about 1e25 m-3); temperature "
                    + "200-400 K; no optical interference, no tunnelling through band offsets, no Fermi-Dirac "
                    + "degeneracy. Figures of merit need the scans to cross J = 0: scans that do not are extended up "
                    + "to the absorber gap over q.");

    private final UnaryOperator<NumericalOptions> optionsOverride;

    /** The DS component. */
    public DriftDiffusionEngine() {
        this(UnaryOperator.identity());
    }

    /** @param optionsOverride adjusts the numerical options derived from the settings (tests) */
    DriftDiffusionEngine(UnaryOperator<NumericalOptions> optionsOverride) {
        this.optionsOverride = optionsOverride;
    }

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The band edges of 2D layers, which a photophysics engine supplies (else they are derived here). */
    @Override
    public List<EAttribute> neededAttributes() {
        return TwoDLayerInputs.NEEDED;
    }

    @Override
    public boolean appliesTo(NamedElement target) {
        return target instanceof Device device
                && (device.getKind() == DeviceKind.SOLAR_CELL || device.getKind() == DeviceKind.PHOTODETECTOR)
                && device.getLayers().stream().anyMatch(l -> l.getRole() == LayerRole.ABSORBER);
    }

    @Override
    public List<EngineSetting> settings() {
        return Stream.concat(numericalSettings().stream(), TwoDAssumptions.settings().stream()).toList();
    }

    private static List<EngineSetting> numericalSettings() {
        return List.of(
                EngineSetting.count(GRID, 400, 8, 20_000, "grid intervals in the perovskite (IonMonger default "
                        + "400); the other layers get matching counts"),
                EngineSetting.number(TOLERANCE, 1e-2, "1", "local-error tolerance of the adaptive time stepping "
                        + "(1e-2: J-V figures agree with 1e-4 to better than 0.01 %)"),
                EngineSetting.number(STEP, 0.01, "V", 1e-4, 0.1, "J-V sampling step of the scans (IonMonger-like "
                        + "10 mV)"),
                new EngineSetting(PROFILE_TIMES, "", "s", "times (s after the initial steady state) at which to "
                        + "report internal profiles, comma-separated; empty for none", List.of()));
    }

    @Override
    public void run(AnalysisRequest request, ResultBuilder result, IProgressMonitor monitor) throws EngineException {
        Device device = (Device) request.target();
        EngineSettings settings = request.settings();
        TwoDAssumptions assumptions = TwoDAssumptions.from(settings);
        MappedDevice mapped = DeviceStackMapper.map(device, assumptions);
        List<String> notes = new ArrayList<>(mapped.notes());
        VoltageProtocol protocol = ProtocolMapper.map(device, mapped.stack().builtInVoltageV(), settings.number(STEP),
                notes);
        double[] profileTimes = ProfileReporter.parseTimes(settings.text(PROFILE_TIMES), protocol.durationS());
        NumericalOptions options = options(settings);
        if (monitor.isCanceled()) {
            return;
        }
        boolean illuminated = mapped.stack().illumination().photonFluxPerM2S() > 0;
        DriftDiffusionResult run;
        try {
            run = simulate(device, mapped, protocol, options, profileTimes);
            if (illuminated && device.getKind() == DeviceKind.SOLAR_CELL && lacksFigures(run)) {
                run = extendToOpenCircuit(device, mapped, settings.number(STEP), options, profileTimes, result);
            }
        } catch (EngineException e) {
            String advice = TwoDBarriers.advice(mapped, assumptions);
            if (advice.isEmpty()) {
                throw e;
            }
            throw new EngineException(e.getMessage() + "; " + advice, e);
        }
        result.quantity("built_in_voltage", mapped.stack().builtInVoltageV(), "V",
                "built-in voltage from the contact layers' Fermi levels");
        for (ScanResult scan : run.scans()) {
            Reports.jv(result, "jv_" + scan.name(), scan.jv());
            if (scan.figures() != null) {
                Reports.figures(result, scan.figures(), "_" + scan.name(), " (" + scan.name() + " scan)");
            } else if (illuminated) {
                result.message(Severity.WARNING, "the " + scan.name() + " scan does not cross J = 0 with positive "
                        + "power between its voltages: no figures of merit for it");
            }
        }
        run.scans().stream().filter(scan -> scan.figures() != null).findFirst().ifPresent(
                scan -> Reports.measured(result, device, scan.figures(), scan.name() + " scan"));
        hysteresis(result, run);
        for (InternalProfile profile : run.profiles()) {
            ProfileReporter.report(result, profile);
        }
        notes.add(String.format("%d grid nodes, %d time steps (%d rejected), %d Newton iterations, %.3f s",
                run.statistics().gridNodes(), run.statistics().timeSteps(), run.statistics().rejectedSteps(),
                run.statistics().newtonIterations(), run.statistics().wallTimeS()));
        Reports.notes(result, notes);
    }

    private static DriftDiffusionResult simulate(Device device, MappedDevice mapped, VoltageProtocol protocol,
            NumericalOptions options, double[] profileTimes) throws EngineException {
        try {
            return new DriftDiffusionSimulator(mapped.stack(), options).run(protocol, profileTimes);
        } catch (DriftDiffusionException e) {
            throw new EngineException("Drift-diffusion simulation of device '" + device.getName()
                    + "' did not converge: " + e.getMessage(), e);
        }
    }

    private static boolean lacksFigures(DriftDiffusionResult run) {
        return run.scans().stream().anyMatch(scan -> scan.figures() == null);
    }

    /**
     * Figures of merit always: scans that do not reach open circuit are run again up to the absorber gap over q,
     * which no open-circuit voltage exceeds (detailed balance); the run fails if still no scan crosses J = 0 (a
     * scan that still does not is reported without figures beside the ones that do).
     */
    private static DriftDiffusionResult extendToOpenCircuit(Device device, MappedDevice mapped, double stepV,
            NumericalOptions options, double[] profileTimes, ResultBuilder result) throws EngineException {
        double fromV = ProtocolMapper.scanHighV(device);
        double limitV = BandGaps.ofTarget(device);
        String notReached = String.format("the scans of device '%s' up to %.3f V do not reach open circuit (J = 0 "
                + "with positive power before it)", device.getName(), fromV);
        if (limitV <= fromV + stepV) {
            throw new EngineException(notReached + ", and they already reach the absorber gap over q (" + limitV
                    + " V): no figures of merit; check the absorber's recombination and the contacts' band edges");
        }
        VoltageProtocol wider = ProtocolMapper.map(device, mapped.stack().builtInVoltageV(), stepV, limitV,
                new ArrayList<>());
        DriftDiffusionResult run = simulate(device, mapped, wider, options, profileTimes);
        if (run.scans().stream().allMatch(scan -> scan.figures() == null)) {
            throw new EngineException(String.format("%s, nor when extended to %.3f V, the absorber gap over q: no "
                    + "figures of merit; check the absorber's recombination and the contacts' band edges",
                    notReached, limitV));
        }
        result.message(Severity.WARNING, String.format("%s; the scans were extended to %.3f V (the absorber gap "
                + "over q, the limit of the extension) and the figures come from the extended scans", notReached,
                limitV));
        return run;
    }

    private static void hysteresis(ResultBuilder result, DriftDiffusionResult run) {
        boolean both = run.scans().stream().filter(s -> s.figures() != null && s.figures().pcePercent() > 0)
                .map(ScanResult::name).filter(n -> n.equals("reverse") || n.equals("forward")).count() == 2;
        if (both) {
            result.quantity("hysteresis_index", run.hysteresisIndex(), "1",
                    "(PCE_reverse - PCE_forward) / PCE_reverse");
        }
    }

    private NumericalOptions options(EngineSettings settings) throws EngineException {
        int intervals = (int) settings.number(GRID);
        double tolerance = settings.number(TOLERANCE);
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new EngineException("setting " + TOLERANCE + " is " + tolerance + "; it must lie in (0, 1)");
        }
        return optionsOverride.apply(NumericalOptions.defaults().withAbsorberIntervals(intervals)
                .withRelativeTolerance(tolerance));
    }
}
