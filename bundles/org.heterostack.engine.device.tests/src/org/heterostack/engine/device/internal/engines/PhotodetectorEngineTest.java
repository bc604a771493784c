package org.heterostack.engine.device.internal.engines;

import static org.heterostack.engine.device.internal.engines.Services.messages;
import static org.heterostack.engine.device.internal.engines.Services.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.device.internal.driftdiffusion.DeviceStack;
import org.heterostack.engine.device.internal.driftdiffusion.DriftDiffusionSimulator;
import org.heterostack.engine.device.internal.driftdiffusion.Illumination;
import org.heterostack.engine.device.internal.driftdiffusion.NumericalOptions;
import org.heterostack.engine.device.internal.driftdiffusion.ReferenceDevices;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Device;
import org.heterostack.model.DeviceKind;
import org.heterostack.model.ResultStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Photodetector responsivity, D* and LDR from the formulas of Fang et al. (2015), by hand. */
class PhotodetectorEngineTest {

    private static final AnalysisRunner RUNNER = new AnalysisRunner();
    private static final double Q = 1.602176634e-19;
    private static IAnalysisEngine engine;

    @BeforeAll
    static void find() throws InterruptedException {
        engine = Services.engine(PhotodetectorEngine.ID);
    }

    private static Device detector() {
        Device device = DeviceModels.ionMonger();
        device.setName("pd");
        device.setKind(DeviceKind.PHOTODETECTOR);
        return device;
    }

    @Test
    void responsivityDetectivityAndLdrWithACircuitDarkCurrent() {
        AnalysisResult result = RUNNER.run(engine, detector(), Map.of("wavelength", "550", "max_linear_photocurrent",
                "20"), null);
        assertEquals(ResultStatus.OK, result.getStatus(), messages(result));
        // EQE = 1 - exp(-alpha d) = 1 - exp(-1.3e7 x 400e-9); R = EQE lambda / (hc/q), hc/q = 1239.842 eV nm
        double eqe = -Math.expm1(-1.3e7 * 400e-9);
        double responsivity = eqe * 550 / (6.62607015e-34 * 299792458 / 1.602176634e-19 * 1e9);
        assertEquals(responsivity, value(result, "responsivity"), 1e-12);
        // dark one-diode at -0.5 V: |J| = J0 (1 - exp(-0.5/(n kT/q))) + 0.5 V / Rsh (Rs drop ~1e-7 V negligible):
        // 1e-10 A/m2 + 0.5 / (1e7 Ohm cm2 = 1e3 Ohm m2) = 5.001e-4 A/m2 = 5.001e-8 A/cm2
        double jDarkAPerCm2 = (1e-10 + 5e-4) * 1e-4;
        assertEquals(jDarkAPerCm2, value(result, "dark_current_density"), 1e-6 * jDarkAPerCm2);
        assertEquals(responsivity / Math.sqrt(2 * Q * jDarkAPerCm2), value(result, "specific_detectivity"),
                1e-5 * value(result, "specific_detectivity"));
        assertEquals(20 * Math.log10(20e-3 / jDarkAPerCm2), value(result, "linear_dynamic_range"), 1e-4);
        assertEquals("Jones", Services.quantity(result, "specific_detectivity").getUnit());
        assertEquals("dB", Services.quantity(result, "linear_dynamic_range").getUnit());
    }

    @Test
    void driftDiffusionDarkCurrentEqualsTheNumericsOnTheReferenceStack() {
        AnalysisResult result = RUNNER.run(engine, detector(), Map.of("dark_current_model", "drift_diffusion"), null);
        assertEquals(ResultStatus.OK, result.getStatus(), messages(result));
        DeviceStack dark = ReferenceDevices.ionMonger().withIllumination(Illumination.dark());
        double[] v = new double[11];
        for (int i = 0; i <= 10; i++) {
            v[i] = -0.5 * i / 10;
        }
        double jMaPerCm2 = new DriftDiffusionSimulator(dark, NumericalOptions.defaults()).steadyStateJv(v)
                .currentDensityMilliAmpPerCm2()[10];
        assertEquals(Math.abs(jMaPerCm2) * 1e-3, value(result, "dark_current_density"),
                1e-6 * Math.abs(jMaPerCm2) * 1e-3);
    }

    @Test
    void aWavelengthBelowTheGapIsAFailedResult() {
        AnalysisResult failed = RUNNER.run(engine, detector(), Map.of("wavelength", "900"), null);
        assertEquals(ResultStatus.FAILED, failed.getStatus());
        assertEquals("Device 'pd': 900.0 nm (1.378 eV) lies below the band gap 1.700 eV of absorber 'perovskite'; no "
                + "photoresponse in this model", failed.getMessages().get(0).getText());
    }

    @Test
    void appliesToPhotodetectorsOnly() {
        assertTrue(engine.appliesTo(detector()));
        assertFalse(engine.appliesTo(DeviceModels.ionMonger()));
    }
}
