package org.heterostack.engine.device.internal.engines;

import static org.heterostack.engine.device.internal.engines.Services.messages;
import static org.heterostack.engine.device.internal.engines.Services.quantity;
import static org.heterostack.engine.device.internal.engines.Services.series;
import static org.heterostack.engine.device.internal.engines.Services.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.device.internal.common.SolarCellFigures;
import org.heterostack.engine.device.internal.driftdiffusion.DeviceStack;
import org.heterostack.engine.device.internal.driftdiffusion.DriftDiffusionResult;
import org.heterostack.engine.device.internal.driftdiffusion.DriftDiffusionSimulator;
import org.heterostack.engine.device.internal.driftdiffusion.NumericalOptions;
import org.heterostack.engine.device.internal.driftdiffusion.ReferenceDevices;
import org.heterostack.engine.device.internal.driftdiffusion.VoltageProtocol;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.MeasuredPerformance;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.Series;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The drift-diffusion engine maps a model device onto the numerics: the IonMonger reference device built from
 * the table of docs/science.md §5.3 reproduces {@link ReferenceDevices#ionMonger()} run directly on the same protocol.
 */
class DriftDiffusionEngineTest {

    private static final AnalysisRunner RUNNER = new AnalysisRunner();
    /** The brief's tolerance for the mapping: same numbers within 0.5 %. */
    private static final double MAPPING_TOLERANCE = 0.005;

    private static IAnalysisEngine engine;
    private static DriftDiffusionResult reference;
    private static AnalysisResult result;

    @BeforeAll
    static void runReferenceBothWays() throws InterruptedException {
        engine = Services.engine(DriftDiffusionEngine.ID);
        DeviceStack stack = ReferenceDevices.ionMonger();
        reference = new DriftDiffusionSimulator(stack, NumericalOptions.defaults())
                .run(VoltageProtocol.jvScan(stack.builtInVoltageV(), 1.2, 5, 0.1, 0, 121));
        result = RUNNER.run(engine, DeviceModels.ionMonger(), Map.of("profile_times", "0, 5, 12.5"), null);
        assertEquals(ResultStatus.OK, result.getStatus(), messages(result));
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, MAPPING_TOLERANCE * Math.abs(expected), what);
    }

    @Test
    void referenceDeviceFromTheModelReproducesTheNumericsReference() {
        for (String scan : new String[] {"reverse", "forward"}) {
            SolarCellFigures f = reference.scan(scan).figures();
            assertClose(f.jscMilliAmpPerCm2(), value(result, "jsc_" + scan), "jsc_" + scan);
            assertClose(f.vocV(), value(result, "voc_" + scan), "voc_" + scan);
            assertClose(f.ffPercent(), value(result, "ff_" + scan), "ff_" + scan);
            assertClose(f.pcePercent(), value(result, "pce_" + scan), "pce_" + scan);
        }
        assertClose(reference.hysteresisIndex(), value(result, "hysteresis_index"), "hysteresis_index");
        // docs/science.md §5.3: Vbi = 0.8991 V
        assertEquals(0.8991, value(result, "built_in_voltage"), 5e-5);
    }

    @Test
    void everyQuantityHasAUnitAndTheJvSeriesMatchTheReference() {
        assertEquals("mA/cm2", quantity(result, "jsc_reverse").getUnit());
        assertEquals("V", quantity(result, "voc_forward").getUnit());
        assertEquals("%", quantity(result, "ff_reverse").getUnit());
        assertEquals("%", quantity(result, "pce_forward").getUnit());
        assertEquals("1", quantity(result, "hysteresis_index").getUnit());
        result.getQuantities().forEach(q -> assertFalse(q.getUnit() == null || q.getUnit().isEmpty(), q.getKey()));
        Series reverse = series(result, "jv_reverse");
        assertEquals(121, reverse.getX().size());
        assertEquals(1.2, reverse.getX().get(0), 1e-12);
        assertEquals(0, reverse.getX().get(120), 1e-12);
        double[] j = reference.scan("reverse").jv().currentDensityMilliAmpPerCm2();
        for (int k = 0; k < j.length; k += 20) {
            assertEquals(j[k], reverse.getY().get(k), MAPPING_TOLERANCE * Math.max(1, Math.abs(j[k])), "J at " + k);
        }
        assertEquals("mA/cm2", series(result, "jv_forward").getYUnit());
    }

    @Test
    void profilesAtTheChosenTimesShowTheBandDiagram() {
        Series ec = series(result, "profile_ec_t5");
        assertEquals("nm", ec.getXUnit());
        assertEquals("eV", ec.getYUnit());
        assertEquals(700, ec.getX().get(ec.getX().size() - 1), 1e-6);
        // at t = 5 s the ramp has reached 1.2 V (IonMonger tanh ramp of 5 s)
        assertEquals(1.2, value(result, "profile_voltage_t5"), 1e-9);
        assertEquals(0.8991, value(result, "profile_voltage_t0"), 5e-5);
        for (String key : new String[] {"profile_ev", "profile_efn", "profile_efp", "profile_n", "profile_p",
                "profile_ion", "profile_recombination", "profile_potential", "profile_interface_recombination"}) {
            assertFalse(series(result, key + "_t12p5").getX().isEmpty(), key);
        }
        // quasi-Fermi levels only where the carrier exists: no holes in the 100 nm ETL
        assertTrue(series(result, "profile_efp_t0").getX().get(0) >= 100 - 1e-9);
        assertEquals(2, series(result, "profile_interface_recombination_t0").getX().size());
    }

    @Test
    void aPinDeviceIsMirroredAndGivesTheSameFigures() {
        AnalysisResult pin = RUNNER.run(engine, DeviceModels.ionMongerInverted(), Map.of(), null);
        assertEquals(ResultStatus.OK, pin.getStatus(), messages(pin));
        for (String key : new String[] {"jsc_reverse", "voc_reverse", "pce_forward", "hysteresis_index"}) {
            assertEquals(value(result, key), value(pin, key), 1e-9 * Math.abs(value(result, key)), key);
        }
        assertTrue(messages(pin).contains("p-i-n stack simulated from the top (ETL) down"), messages(pin));
    }

    @Test
    void aDiffusivityOutsideTheValidityRangeFailsInsteadOfRunningWithoutEnd() {
        // found by the CLI fuzzer (issue #11): a hole diffusivity of 2.1e9 m2/s ran for minutes
        Device device = DeviceModels.ionMonger();
        device.getLayers().get(1).setHoleDiffusivityM2PerS(2147483648.0);
        assertRefusedBeforeRunning(device, "has holeDiffusivityM2PerS 2.147e+09 m2/s, outside the engine's validity "
                + "range (at most 1.0 m2/s");
    }

    @Test
    void aLifetimeOutsideTheValidityRangeFailsInsteadOfRunningForMinutes() {
        // found by the 10,000-case CLI fuzz run (issue #11): an SRH lifetime of 1e-300 ns ran for 3.6 minutes and
        // reported a fill factor of 116 %
        Device device = DeviceModels.ionMonger();
        device.getLayers().get(1).setElectronSrhLifetimeNs(1e-300);
        assertRefusedBeforeRunning(device, "has electronSrhLifetimeNs 1.000e-300 ns, outside the engine's validity "
                + "range (at least 0.001 ns");
    }

    @Test
    void aDensityOfStatesOutsideTheValidityRangeFailsInsteadOfRunningForMinutes() {
        // found by the 10,000-case CLI fuzz run (issue #11): a valence-band DOS of 2147483648 m-3 (for 2.2e24) ran
        // the spacer-screening example's device for 6.5 minutes of Newton iterations before failing
        Device device = DeviceModels.ionMonger();
        device.getLayers().get(1).setValenceBandDosPerM3(2147483648.0);
        assertRefusedBeforeRunning(device, "has valenceBandDosPerM3 2.147e+09 m-3, outside the drift-diffusion "
                + "engine's validity range (1.000e+21-1.000e+28 m-3");
    }

    @Test
    void aScanRateOutsideTheValidityRangeFailsInsteadOfRunningToTheStepBudget() {
        // found by the 10,000-case CLI fuzz run (issue #11): a scan rate of 1e-320 V/s (a scan of 1.4e320 s) ran to
        // the step budget, 75 s
        Device device = DeviceModels.ionMonger();
        device.getProtocol().setScanRateVPerS(1e-320);
        assertRefusedBeforeRunning(device, "Voltage protocol of device '", "has scanRateVPerS ",
                "V/s, outside the drift-diffusion engine's validity range (1.000e-05-1000 V/s");
    }

    /** The engine fails on the device with a message holding every fragment, and reports no quantity. */
    private void assertRefusedBeforeRunning(Device device, String... fragments) {
        AnalysisResult failed = RUNNER.run(engine, device, Map.of(), null);
        assertEquals(ResultStatus.FAILED, failed.getStatus());
        for (String fragment : fragments) {
            assertTrue(failed.getMessages().get(0).getText().contains(fragment), messages(failed));
        }
        assertTrue(failed.getQuantities().isEmpty());
    }

    @Test
    void scansThatStopBeforeOpenCircuitAreExtendedAndTheModelStandsBesideTheMeasurement() {
        // issue #13: figures of merit always, and measured beside modelled
        Device device = DeviceModels.ionMonger();
        device.getProtocol().setScanHighV(0.8);
        MeasuredPerformance measured = HeterostackFactory.eINSTANCE.createMeasuredPerformance();
        measured.setPcePercent(20.0);
        measured.setVocV(1.05);
        measured.setJscMAPerCm2(22.0);
        device.setMeasured(measured);
        AnalysisResult extended = RUNNER.run(engine, device, Map.of(), null);
        assertEquals(ResultStatus.OK, extended.getStatus(), messages(extended));
        assertTrue(messages(extended).contains("up to 0.800 V do not reach open circuit"), messages(extended));
        assertTrue(messages(extended).contains("extended to 1.700 V"), messages(extended));
        // the extension is exactly the protocol with the absorber gap over q (IE - EA = 1.7 eV) as its upper voltage;
        // not the 1.2 V reference's figures: the ramp to a higher voltage leaves the ions elsewhere (hysteresis)
        Device direct = DeviceModels.ionMonger();
        direct.getProtocol().setScanHighV(1.7);
        AnalysisResult wide = RUNNER.run(engine, direct, Map.of(), null);
        for (String key : new String[] {"jsc_reverse", "voc_reverse", "ff_forward", "pce_forward"}) {
            assertEquals(value(wide, key), value(extended, key), 1e-9 * Math.abs(value(wide, key)), key);
        }
        assertFalse(messages(wide).contains("do not reach open circuit"), messages(wide));
        assertEquals(20.0, value(extended, "pce_measured"));
        assertEquals(value(extended, "pce_reverse") - 20.0, value(extended, "pce_difference"), 1e-12);
        assertEquals("V", quantity(extended, "voc_difference").getUnit());
        Series points = series(extended, "jv_measured");
        assertEquals(List.of(0.0, 1.05), points.getX());
        assertEquals(List.of(22.0, 0.0), points.getY());
        assertTrue(messages(extended).contains("measured beside modelled (reverse scan): jsc measured 22.00 mA/cm2"),
                messages(extended));
    }

    @Test
    void missingElectronAffinityNamesLayerAndAttribute() {
        Device device = DeviceModels.ionMonger();
        device.getLayers().get(1).setElectronAffinityEv(null);
        AnalysisResult failed = RUNNER.run(engine, device, Map.of(), null);
        assertEquals(ResultStatus.FAILED, failed.getStatus());
        assertEquals("Layer 'perovskite' of device 'ionmonger' has no electronAffinityEv",
                failed.getMessages().get(0).getText());
        assertTrue(failed.getQuantities().isEmpty());
    }

    /**
     * An interlayer without drift-diffusion parameters (a BCP-like buffer under the metal) is left out with a
     * warning; the simulated device, and so every figure, is the reference one.
     */
    @Test
    void anOptionalLayerWithoutParametersIsLeftOutWithAWarning() {
        Device device = DeviceModels.ionMonger();
        device.getLayers().add(DeviceModels.layer("buffer", org.heterostack.model.LayerRole.INTERLAYER, 7));
        AnalysisResult r = RUNNER.run(engine, device, Map.of(), null);
        assertEquals(ResultStatus.OK, r.getStatus(), messages(r));
        assertTrue(messages(r).contains("WARNING: layer 'buffer' (INTERLAYER) is not simulated: Layer 'buffer' of "
                + "device 'ionmonger' has no relativePermittivity; the device is simulated without it"), messages(r));
        assertEquals(value(result, "pce_reverse"), value(r, "pce_reverse"), 1e-9 * value(result, "pce_reverse"));
    }

    /**
     * Monochromatic light without a photon flux: flux = intensity x 1000 W/m2 / (hc/lambda); at 530 nm and
     * 0.01 sun, 10 W/m2 / (1239.84 eV nm / 530 nm x 1.602e-19 J/eV) = 2.668e19 m-2 s-1.
     */
    @Test
    void monochromaticLightTakesItsFluxFromIntensityAndWavelength() {
        Device device = DeviceModels.ionMonger();
        device.getConditions().setSpectrum(org.heterostack.model.Spectrum.MONOCHROMATIC);
        device.getConditions().setWavelengthNm(530.0);
        device.getConditions().setIntensitySuns(0.01);
        device.getConditions().setPhotonFluxPerM2S(null);
        AnalysisResult r = RUNNER.run(engine, device, Map.of(), null);
        assertEquals(ResultStatus.OK, r.getStatus(), messages(r));
        assertTrue(messages(r).contains("photon flux 2.668e+19 m-2 s-1 = 0.01 x 1000 W/m2 at 530.0 nm"), messages(r));
    }

    @Test
    void ionsWithoutActivationEnergyFailWithTheAttribute() {
        Device device = DeviceModels.ionMonger();
        device.getLayers().get(1).setIonActivationEnergyEv(null);
        AnalysisResult failed = RUNNER.run(engine, device, Map.of(), null);
        assertEquals("Layer 'perovskite' of device 'ionmonger' has no ionActivationEnergyEv",
                failed.getMessages().get(0).getText());
    }

    @Test
    void nonConvergenceIsAFailedResultNamingTimeAndVoltage() {
        IAnalysisEngine impossible = new DriftDiffusionEngine(
                options -> new NumericalOptions(40, 1e-2, 1e15, 1e-30, 2, Double.POSITIVE_INFINITY, 1000,
                        100_000));
        AnalysisResult failed = RUNNER.run(impossible, DeviceModels.ionMonger(), Map.of(), null);
        assertEquals(ResultStatus.FAILED, failed.getStatus());
        String text = failed.getMessages().get(0).getText();
        assertTrue(text.startsWith("Drift-diffusion simulation of device 'ionmonger' did not converge: no steady "
                + "state: Newton failed in pseudo-time stepping"), text);
        assertTrue(text.endsWith(" at t = 0.00000 s, V = 0.899081 V"), text);
        assertTrue(failed.getQuantities().isEmpty(), "a failed result carries no numbers");
    }

    @Test
    void profileTimesOutsideTheProtocolAreRejected() {
        AnalysisResult failed = RUNNER.run(engine, DeviceModels.ionMonger(), Map.of("profile_times", "40"), null);
        assertEquals("setting profile_times: 40 s lies outside the protocol (0 - 29 s; t = 0 is the end of the "
                + "initial steady state)", failed.getMessages().get(0).getText());
    }

    @Test
    void aLongPreconditioningHoldApproachesTheSteadyStateAtThatVoltage() {
        // held: steady state at Vbi, then 1.2 V for 300 s (a voltage step; ions relax in seconds at 298 K);
        // steady: preconditioningTimeS unset = steady state at 1.2 V (the model's definition)
        Device held = DeviceModels.ionMonger();
        held.getProtocol().setPreconditioningVoltageV(1.2);
        held.getProtocol().setPreconditioningTimeS(300.0);
        held.getProtocol().setRampTimeS(null);
        Device steady = DeviceModels.ionMonger();
        steady.getProtocol().setPreconditioningVoltageV(1.2);
        steady.getProtocol().setRampTimeS(null);
        AnalysisResult a = RUNNER.run(engine, held, Map.of(), null);
        AnalysisResult b = RUNNER.run(engine, steady, Map.of(), null);
        assertEquals(ResultStatus.OK, a.getStatus(), messages(a));
        assertEquals(ResultStatus.OK, b.getStatus(), messages(b));
        assertEquals(value(b, "pce_reverse"), value(a, "pce_reverse"), 0.01 * value(b, "pce_reverse"));
        assertEquals(value(b, "pce_forward"), value(a, "pce_forward"), 0.01 * value(b, "pce_forward"));
    }

    @Test
    void aRampWithoutDurationIsRejected() {
        Device device = DeviceModels.ionMonger();
        device.getProtocol().setRampTimeS(null);
        AnalysisResult failed = RUNNER.run(engine, device, Map.of(), null);
        assertEquals("Voltage protocol of device 'ionmonger' has no rampTimeS for the ramp from the preconditioning "
                + "voltage 0.8991 V to the first scan's start 1.2000 V", failed.getMessages().get(0).getText());
    }

    @Test
    void appliesOnlyToDevicesWithAnAbsorber() {
        assertTrue(engine.appliesTo(DeviceModels.ionMonger()));
        assertFalse(engine.appliesTo(DeviceModels.perovskite("MAPbI3", 1.6)));
        assertFalse(engine.appliesTo(DeviceModels.simple("led", org.heterostack.model.DeviceKind.LED,
                org.heterostack.model.LayerRole.EMITTER)));
    }
}
