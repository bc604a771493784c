package org.heterostack.engine.device.internal.engines;

import static org.heterostack.engine.device.internal.engines.Services.messages;
import static org.heterostack.engine.device.internal.engines.Services.series;
import static org.heterostack.engine.device.internal.engines.Services.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Device;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.Series;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Detailed balance through the engine API, on a 3D perovskite and on a device's absorber. */
class DetailedBalanceEngineTest {

    private static final AnalysisRunner RUNNER = new AnalysisRunner();
    private static IAnalysisEngine engine;

    @BeforeAll
    static void find() throws InterruptedException {
        engine = Services.engine(DetailedBalanceEngine.ID);
    }

    private static AnalysisResult ok(org.heterostack.model.NamedElement target, Map<String, String> settings) {
        AnalysisResult result = RUNNER.run(engine, target, settings, null);
        assertEquals(ResultStatus.OK, result.getStatus(), messages(result));
        return result;
    }

    @Test
    void shockleyQueisserPeakOfRuhle() {
        // Rühle, Sol. Energy 130 (2016) 139: 33.7 % at 1.34 eV, AM1.5G, 300 K (issue 5: +- 0.1 %)
        AnalysisResult result = ok(DeviceModels.perovskite("Eg134", 1.34), Map.of());
        assertEquals(33.7, value(result, "pce"), 0.1);
        assertEquals("%", Services.quantity(result, "pce").getUnit());
        assertEquals("mA/cm2", Services.quantity(result, "jsc").getUnit());
        // the integrated ASTM G173-03 spectrum: 1000 +- 2 W/m2 (issue 5)
        assertEquals(1000, value(result, "incident_irradiance"), 2);
        Series curve = series(result, "pce_vs_bandgap");
        assertEquals(2501, curve.getX().size());
        int peak = 0;
        for (int i = 1; i < curve.getY().size(); i++) {
            peak = curve.getY().get(i) > curve.getY().get(peak) ? i : peak;
        }
        assertEquals(1.34, curve.getX().get(peak), 0.01);
        assertEquals(33.7, curve.getY().get(peak), 0.1);
        Series jv = series(result, "jv");
        assertEquals(value(result, "jsc"), jv.getY().get(0), 1e-9);
    }

    @Test
    void nonRadiativeLossesLowerVocByKtLnEre() {
        // Green, Prog. Photovolt. 20 (2012) 472: Voc = Voc,rad + (kT/q) ln ERE; at 300 K, ln 1e-4 -> -0.2381 V
        AnalysisResult radiative = ok(DeviceModels.perovskite("Eg16", 1.6), Map.of());
        AnalysisResult lossy = ok(DeviceModels.perovskite("Eg16", 1.6), Map.of("external_radiative_efficiency", "1e-4"));
        double kt = 1.380649e-23 * 300 / 1.602176634e-19;
        assertEquals(kt * Math.log(1e-4), value(lossy, "voc") - value(radiative, "voc"), 1e-4);
    }

    @Test
    void finiteThicknessScalesJscByTheAbsorptanceOfTheAbsorberLayer() {
        // constant alpha above the gap, no tail, single pass: Jsc = (1 - exp(-alpha d)) Jsc,step exactly;
        // alpha 1.3e7 /m, d 400 nm -> 0.994483 (Beer-Lambert)
        Device device = DeviceModels.ionMonger();
        AnalysisResult step = ok(device, Map.of());
        AnalysisResult finite = ok(device, Map.of("absorptance", "finite_thickness", "passes", "1"));
        assertEquals(-Math.expm1(-1.3e7 * 400e-9), value(finite, "jsc") / value(step, "jsc"), 1e-6);
        // the absorber gap is IE - EA = 5.4 - 3.7 eV (docs/science.md §5.3)
        assertEquals(1.7, value(step, "band_gap"), 1e-12);
        assertTrue(messages(finite).contains("finite-thickness absorptance"), messages(finite));
    }

    @Test
    void theAbsorberGapComesFromItsMaterialWhenTheLayerHasNone() {
        Device device = DeviceModels.simple("cell", org.heterostack.model.DeviceKind.SOLAR_CELL,
                org.heterostack.model.LayerRole.ABSORBER);
        Perovskite3D material = DeviceModels.perovskite("MAPbI3", 1.34);
        device.getLayers().get(0).setMaterial(material);
        assertEquals(value(ok(material, Map.of()), "pce"), value(ok(device, Map.of()), "pce"), 1e-12);
    }

    @Test
    void aMissingBandGapIsAFailedResultNamingTheMaterial() {
        Perovskite3D unknown = DeviceModels.perovskite("unknown", 1.5);
        unknown.setBandGapEv(null);
        AnalysisResult failed = RUNNER.run(engine, unknown, Map.of(), null);
        assertEquals(ResultStatus.FAILED, failed.getStatus());
        assertEquals("3D perovskite 'unknown' has no bandGapEv (nor electronAffinityEv and ionisationEnergyEv)",
                failed.getMessages().get(0).getText());
    }

    @Test
    void finiteThicknessNeedsALayer() {
        AnalysisResult failed = RUNNER.run(engine, DeviceModels.perovskite("MAPbI3", 1.6),
                Map.of("absorptance", "finite_thickness"), null);
        assertEquals("3D perovskite 'MAPbI3': absorptance finite_thickness needs a device absorber layer (thickness "
                + "and absorption coefficient); use step for a material", failed.getMessages().get(0).getText());
    }

    @Test
    void appliesToPerovskitesAndDevicesWithAnAbsorber() {
        assertTrue(engine.appliesTo(DeviceModels.perovskite("x", 1.5)));
        assertTrue(engine.appliesTo(DeviceModels.ionMonger()));
        assertFalse(engine.appliesTo(DeviceModels.simple("led", org.heterostack.model.DeviceKind.LED,
                org.heterostack.model.LayerRole.EMITTER)));
    }
}
