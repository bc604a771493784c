package org.heterostack.engine.photophysics.internal.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.heterostack.engine.IValueSupplier;
import org.heterostack.engine.SuppliedValue;
import org.heterostack.engine.TwoDBandEdges;
import org.heterostack.engine.testing.Engines;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.HeterostackPackage;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.junit.jupiter.api.Test;

/**
 * The photophysics engines supply the band edges of a device's 2D layers to device engines (engine chaining), and
 * place them by the rule the drift-diffusion engine derives them with: one answer for band diagram and device.
 */
class SuppliedBandEdgesTest {

    /** FTO / TiO2 / MAPbI3 (EA 3.9, IE 5.4 eV) / 10 nm (BA)2PbI4 / spiro-OMeTAD / Au. */
    private static Device cappedCell() {
        Device device = Models.nipCell(null);
        device.getLayers().get(2).setMaterial(Models.mapbi3());
        Layer cap = HeterostackFactory.eINSTANCE.createLayer();
        cap.setName("2D cap");
        cap.setRole(LayerRole.PASSIVATION_2D);
        cap.setThicknessNm(10.0);
        cap.setMaterial(Models.ba("BA n1", 1, 1.0));
        device.getLayers().add(3, cap);
        return device;
    }

    @Test
    void theEmpiricalEngineSuppliesTheCapsEdgesAsThePlacementRuleGivesThem() throws InterruptedException {
        Device device = cappedCell();
        AnalysisResult r = Engines.ok(EmpiricalEngine.ID, device, Map.of());
        IValueSupplier supplier = (IValueSupplier) Engines.find(EmpiricalEngine.ID);
        assertTrue(supplier.suppliedAttributes().contains(
                HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV));
        List<SuppliedValue> values = supplier.supply(device, r);
        assertEquals(2, values.size(), values.toString());
        Layer cap = device.getLayers().get(3);
        assertEquals(cap, values.get(0).owner());
        assertEquals("cbm_2d_cap", values.get(0).resultKey());
        assertEquals(-Engines.value(r, "cbm_2d_cap", "eV"), values.get(0).value(), 0);
        assertEquals(-Engines.value(r, "vbm_2d_cap", "eV"), values.get(1).value(), 0);
        assertEquals(EmpiricalEngine.ID, values.get(0).engineId());
        // the drift-diffusion engine's derived edges for the same cap: the shared table (Stoumpos 2016 gap,
        // Blancon 2018 binding energy) against the fit of the empirical model, within its residuals (0.02 eV)
        double[] device2d = TwoDBandEdges.onFilm(-3.9, -5.4, TwoDBandEdges.quasiparticleGapEv(1) - 1.5,
                TwoDBandEdges.MEASURED_CONDUCTION_SHARE);
        assertEquals(device2d[0], Engines.value(r, "cbm_2d_cap", "eV"), 0.02);
        assertEquals(device2d[1], Engines.value(r, "vbm_2d_cap", "eV"), 0.02);
    }
}
