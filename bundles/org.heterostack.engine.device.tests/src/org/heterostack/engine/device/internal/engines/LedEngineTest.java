package org.heterostack.engine.device.internal.engines;

import static org.heterostack.engine.device.internal.engines.Services.messages;
import static org.heterostack.engine.device.internal.engines.Services.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Device;
import org.heterostack.model.DeviceKind;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.MeasuredPerformance;
import org.heterostack.model.ResultStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** LED EQE = charge balance x radiative efficiency x spin factor x outcoupling, by hand. */
class LedEngineTest {

    private static final AnalysisRunner RUNNER = new AnalysisRunner();
    private static IAnalysisEngine engine;

    @BeforeAll
    static void find() throws InterruptedException {
        engine = Services.engine(LedEngine.ID);
    }

    private static Device led() {
        Device device = DeviceModels.simple("pled", DeviceKind.LED, LayerRole.EMITTER);
        Layer emitter = device.getLayers().get(0);
        emitter.setElectronSrhLifetimeNs(50.0);
        emitter.setHoleSrhLifetimeNs(50.0);
        emitter.setRadiativeCoefficientM3PerS(1e-16);
        emitter.setAugerElectronCoefficientM6PerS(1e-40);
        emitter.setAugerHoleCoefficientM6PerS(1e-40);
        return device;
    }

    @Test
    void defaultsDeriveRadiativeEfficiencyAndOutcoupling() {
        AnalysisResult result = RUNNER.run(engine, led(), Map.of(), null);
        assertEquals(ResultStatus.OK, result.getStatus(), messages(result));
        // by hand: A = 1/(50 + 50 ns) = 1e7 /s, B n = 1e-16 x 1e23 = 1e7 /s, C n^2 = 2e-40 x 1e46 = 2e6 /s
        // eta_rad = 1e7 / 2.2e7; outcoupling 1/(2 x 2.5^2) = 0.08 (Greenham et al. 1994); gamma = chi = 1
        assertEquals(1e7 / 2.2e7, value(result, "radiative_efficiency"), 1e-12);
        assertEquals(0.08, value(result, "outcoupling_efficiency"), 1e-12);
        assertEquals(100 * 1e7 / 2.2e7 * 0.08, value(result, "eqe"), 1e-9);
        assertEquals("%", Services.quantity(result, "eqe").getUnit());
    }

    @Test
    void givenFactorsMultiply() {
        AnalysisResult result = RUNNER.run(engine, led(), Map.of("charge_balance", "0.9", "radiative_efficiency",
                "0.8", "spin_factor", "1", "outcoupling", "0.2"), null);
        assertEquals(14.4, value(result, "eqe"), 1e-9);
    }

    @Test
    void aMeasuredEqeIsSetBesideThePrediction() {
        Device device = led();
        MeasuredPerformance measured = HeterostackFactory.eINSTANCE.createMeasuredPerformance();
        measured.setEqePercent(12.3);
        device.setMeasured(measured);
        AnalysisResult result = RUNNER.run(engine, device, Map.of(), null);
        assertTrue(messages(result).contains("measured EQE 12.3 %"), messages(result));
    }

    @Test
    void anEmitterWithoutRadiativeCoefficientFailsNamingIt() {
        Device device = led();
        device.getLayers().get(0).setRadiativeCoefficientM3PerS(null);
        AnalysisResult failed = RUNNER.run(engine, device, Map.of(), null);
        assertEquals(ResultStatus.FAILED, failed.getStatus());
        assertEquals("Layer 'emitter' of device 'pled' has no radiativeCoefficientM3PerS",
                failed.getMessages().get(0).getText());
    }

    @Test
    void aFactorAboveOneIsRejected() {
        AnalysisResult failed = RUNNER.run(engine, led(), Map.of("charge_balance", "1.5"), null);
        assertEquals("Device 'pled': LED charge balance 1.5 outside [0, 1]", failed.getMessages().get(0).getText());
    }

    @Test
    void appliesToLedsOnly() {
        assertTrue(engine.appliesTo(led()));
        assertFalse(engine.appliesTo(DeviceModels.ionMonger()));
    }
}
