package org.heterostack.engine.device.internal.engines;

import static org.heterostack.engine.device.internal.engines.Services.messages;
import static org.heterostack.engine.device.internal.engines.Services.series;
import static org.heterostack.engine.device.internal.engines.Services.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.device.internal.detailedbalance.DetailedBalanceInput;
import org.heterostack.engine.device.internal.detailedbalance.DetailedBalanceModel;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Device;
import org.heterostack.model.DeviceKind;
import org.heterostack.model.LayerRole;
import org.heterostack.model.ResultStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The one-diode engine against the closed forms of the ideal diode. */
class CircuitEngineTest {

    private static final AnalysisRunner RUNNER = new AnalysisRunner();
    private static IAnalysisEngine engine;

    @BeforeAll
    static void find() throws InterruptedException {
        engine = Services.engine(CircuitEngine.ID);
    }

    @Test
    void idealDiodeGivesJscEqualJphAndTheLogarithmicVoc() {
        // Rs = 0, Rsh -> infinity: Jsc = Jph, Voc = n kT/q ln(Jph/J0 + 1) (Shockley diode), T = 298 K
        AnalysisResult result = RUNNER.run(engine, DeviceModels.ionMonger(), Map.of("photocurrent", "20",
                "saturation_current", "1e-10", "ideality_factor", "1.2", "series_resistance", "0",
                "shunt_resistance", "1e15"), null);
        assertEquals(ResultStatus.OK, result.getStatus(), messages(result));
        double vt = 1.380649e-23 * 298 / 1.602176634e-19;
        assertEquals(20, value(result, "jsc"), 1e-9);
        assertEquals(1.2 * vt * Math.log(20 / 1e-10 + 1), value(result, "voc"), 1e-9);
        assertTrue(value(result, "ff") > 80 && value(result, "ff") < 90, "FF " + value(result, "ff"));
        // PCE = Jsc Voc FF at 100 mW/cm2
        assertEquals(value(result, "jsc") * value(result, "voc") * value(result, "ff") / 100, value(result, "pce"), 1e-9);
        assertEquals(20, series(result, "jv").getY().get(0), 1e-9);
    }

    @Test
    void seriesAndShuntResistanceCostFillFactor() {
        Map<String, String> ideal = Map.of("photocurrent", "20", "series_resistance", "0", "shunt_resistance", "1e15");
        Map<String, String> lossy = Map.of("photocurrent", "20", "series_resistance", "10", "shunt_resistance", "300");
        double ffIdeal = value(RUNNER.run(engine, DeviceModels.ionMonger(), ideal, null), "ff");
        double ffLossy = value(RUNNER.run(engine, DeviceModels.ionMonger(), lossy, null), "ff");
        assertTrue(ffLossy < ffIdeal - 10, ffIdeal + " vs " + ffLossy);
    }

    @Test
    void photocurrentDefaultsToTheDetailedBalanceJscOfTheAbsorber() {
        AnalysisResult result = RUNNER.run(engine, DeviceModels.ionMonger(), Map.of(), null);
        assertEquals(ResultStatus.OK, result.getStatus(), messages(result));
        // absorber gap IE - EA = 1.7 eV; Jsc of the step absorber under ASTM G173-03 (detailed-balance numerics)
        double jsc = new DetailedBalanceModel().solve(DetailedBalanceInput.shockleyQueisser(1.7, 300)).jscAPerM2() / 10;
        assertEquals(jsc, value(result, "photocurrent"), 1e-9);
        assertTrue(messages(result).contains("detailed-balance Jsc"), messages(result));
    }

    @Test
    void withoutABandGapTheDefaultPhotocurrentFailsNamingTheLayer() {
        Device device = DeviceModels.simple("bare", DeviceKind.SOLAR_CELL, LayerRole.ABSORBER);
        AnalysisResult failed = RUNNER.run(engine, device, Map.of(), null);
        assertEquals(ResultStatus.FAILED, failed.getStatus());
        assertEquals("Layer 'perovskite' of device 'bare' has no bandGapEv (nor electronAffinityEv and "
                + "ionisationEnergyEv)", failed.getMessages().get(0).getText());
    }

    @Test
    void anIdealityOutsideTheModelRangeIsAFailedResult() {
        AnalysisResult failed = RUNNER.run(engine, DeviceModels.ionMonger(), Map.of("ideality_factor", "20"), null);
        assertEquals("Device 'ionmonger': one-diode ideality factor 20.0 not in 0.5-10",
                failed.getMessages().get(0).getText());
    }
}
