package org.heterostack.engine.photophysics.internal.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;
import org.heterostack.engine.photophysics.internal.dipole.InterfaceDipole;
import org.heterostack.engine.photophysics.internal.empirical.EmpiricalModel;
import org.junit.jupiter.api.Test;

class BandAlignmentTest {

    private static final Layer BULK = new Layer("3D", -3.9, -5.4);

    @Test
    void straddlingIsTypeOneWithOffsets() {
        Alignment a = BandAlignment.classify(new Interface(BULK, new Layer("2D", -3.5, -5.8)));
        assertEquals(AlignmentType.I, a.type());
        assertEquals(0.4, a.conductionOffsetEv(), 1e-12);
        assertEquals(-0.4, a.valenceOffsetEv(), 1e-12);
        assertEquals("3D/2D: type I, conduction offset +0.40 eV, valence offset -0.40 eV", a.description());
    }

    @Test
    void staggeredIsTypeTwoAndBrokenIsTypeThree() {
        assertEquals(AlignmentType.II, BandAlignment.classify(new Interface(BULK, new Layer("2D", -3.6, -5.2))).type());
        assertEquals(AlignmentType.III, BandAlignment.classify(new Interface(BULK, new Layer("x", -6.0, -7.0))).type());
    }

    /** Review (Ma, Sun, Dou 2024, §3.2): n = 1 layers block electrons; n-i-p needs hole extraction on top. */
    @Test
    void lowNTopLayerBlocksElectronsAndTheVerdictFollowsTheArchitecture() {
        EmpiricalModel m = new EmpiricalModel();
        Layer bulk = new Layer("MAPbI3", m.bulk().conductionBandEv(), m.bulk().valenceBandEv());
        Layer n1 = m.bandEdges("(BA)2PbI4", 1);
        ExtractionAssessment pin = ExtractionRules.topLayer(bulk, n1, Architecture.PIN);
        assertEquals(AlignmentType.I, pin.alignment().type());
        assertFalse(pin.extractsElectrons());
        assertFalse(pin.favourable());
        assertTrue(pin.verdict().startsWith("blocks electrons"), pin.verdict());
        // a dipole layer (1e18 m^-2, 2 D, eps 3: 0.25 V) moves the 2D bands down: hole barrier shrinks
        double dv = InterfaceDipole.potentialStepV(1e18, 2.0, 3.0);
        ExtractionAssessment nip = ExtractionRules.topLayer(bulk, n1.shiftedBy(-dv), Architecture.NIP);
        assertEquals(pin.holeBarrierEv() + dv, nip.holeBarrierEv(), 1e-12);
    }

    @Test
    void staggeredLayerExtractsHolesAndBlocksElectronsSuitsNip() {
        ExtractionAssessment a = ExtractionRules.topLayer(BULK, new Layer("2D", -3.5, -5.35), Architecture.NIP);
        assertTrue(a.extractsHoles());
        assertFalse(a.extractsElectrons());
        assertTrue(a.favourable());
        assertEquals("blocks electrons (0.40 eV), extracts holes (0.00 eV): suits n-i-p (top layer must pass holes)", a.verdict());
    }

    @Test
    void invalidLayer() {
        assertEquals("layer x: conduction band (-5.0 eV) must lie above valence band (-4.0 eV)",
                assertThrows(PhotophysicsException.class, () -> new Layer("x", -5.0, -4.0)).getMessage());
    }
}
