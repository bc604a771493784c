package org.example.slme.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.EngineRegistryLookup;
import org.heterostack.engine.EngineSelector;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.PhysicalConstants;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.Quantity;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.Series;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine as Heterostack runs it: found in the engine registry, run through the AnalysisRunner. */
class SlmeEngineTest {

    private static final HeterostackFactory F = HeterostackFactory.eINSTANCE;
    private static final AnalysisRunner RUNNER = new AnalysisRunner();
    private static IAnalysisEngine engine;

    @BeforeAll
    static void find() {
        engine = EngineRegistryLookup.registry().find(EngineSelector.anyVersion(SlmeEngine.ID))
                .orElseThrow(() -> new AssertionError("the SLME engine is not in Heterostack's engine registry"));
    }

    /** A perovskite absorbing 1e7 /m at its 1.34 eV gap (rising to 2e7 /m at 280 nm), nothing below. */
    private static Perovskite3D stepPerovskite() {
        Perovskite3D material = F.createPerovskite3D();
        material.setName("step");
        material.setBandGapEv(1.34);
        Series spectrum = F.createSeries();
        spectrum.setKey("absorption");
        spectrum.setXUnit("nm");
        spectrum.setYUnit("1/m");
        double edgeNm = PhysicalConstants.HC_EV_NM / 1.34;
        spectrum.getX().addAll(List.of(edgeNm + 1e-6, edgeNm, 280.0));
        spectrum.getY().addAll(List.of(0.0, 1e7, 2e7));
        material.setAbsorptionSpectrum(spectrum);
        return material;
    }

    private static double value(AnalysisResult result, String key, String unit) {
        Quantity q = result.getQuantities().stream().filter(x -> x.getKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key));
        assertEquals(unit, q.getUnit(), key);
        return q.getValue();
    }

    private static String messages(AnalysisResult result) {
        return result.getMessages().stream().map(m -> m.getText()).collect(Collectors.joining("\n"));
    }

    @Test
    void thickFilmReachesTheShockleyQueisserLimit() {
        // Rühle, Sol. Energy 130, 139 (2016): 33.7 % at 1.34 eV; a 100 um film absorbs every photon above the gap
        AnalysisResult result = RUNNER.run(engine, stepPerovskite(), Map.of("thickness", "100000"), null);
        assertEquals(ResultStatus.OK, result.getStatus(), messages(result));
        assertEquals(33.7, value(result, "slme", "%"), 0.1);
        assertEquals(value(result, "sq_limit", "%"), value(result, "slme", "%"), 0.01);
        assertEquals(1, value(result, "radiative_fraction", "1"), 0);
        assertEquals(100000, value(result, "thickness", "nm"), 0);
        assertEquals(SlmeEngine.ID, result.getEngineId());
        assertTrue(result.getProvenance().getCitations().stream().anyMatch(c -> c.contains("108, 068701")));
    }

    @Test
    void deviceAbsorberUsesItsLayerThicknessAndMaterialSpectrum() {
        Device device = F.createDevice();
        device.setName("cell");
        Layer layer = F.createLayer();
        layer.setName("absorber");
        layer.setRole(LayerRole.ABSORBER);
        layer.setThicknessNm(300.0);
        layer.setMaterial(stepPerovskite());
        device.getLayers().add(layer);
        assertTrue(engine.appliesTo(device));
        AnalysisResult result = RUNNER.run(engine, device, Map.of("allowed_gap_offset", "0.05"), null);
        assertEquals(ResultStatus.OK, result.getStatus(), messages(result));
        assertEquals(300, value(result, "thickness", "nm"), 0);
        assertEquals(1.29, value(result, "fundamental_gap", "eV"), 1e-12);
        Series series = result.getSeries().stream().filter(s -> s.getKey().equals("slme_vs_thickness")).findFirst()
                .orElseThrow();
        assertEquals("nm", series.getXUnit());
        assertEquals("%", series.getYUnit());
        assertTrue(messages(result).contains("the layer's thickness"), messages(result));
    }

    @Test
    void missingInputIsNamed() {
        Perovskite3D noGap = stepPerovskite();
        noGap.setBandGapEv(null);
        AnalysisResult result = RUNNER.run(engine, noGap, Map.of(), null);
        assertEquals(ResultStatus.FAILED, result.getStatus());
        assertTrue(messages(result).contains("Perovskite3D 'step' has no bandGapEv"), messages(result));
        Perovskite3D noSpectrum = stepPerovskite();
        noSpectrum.setAbsorptionSpectrum(null);
        assertFalse(engine.appliesTo(noSpectrum));
    }
}
