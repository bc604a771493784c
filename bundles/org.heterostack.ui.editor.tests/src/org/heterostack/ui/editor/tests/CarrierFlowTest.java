package org.heterostack.ui.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.heterostack.ui.editor.internal.band.BandColumn;
import org.heterostack.ui.editor.internal.band.CarrierFlow;
import org.heterostack.ui.editor.internal.band.CarrierFlow.Carrier;
import org.heterostack.ui.editor.internal.band.CarrierFlow.Flow;
import org.heterostack.ui.editor.internal.stack.SlabKind;
import org.junit.jupiter.api.Test;

/**
 * Electron and hole extraction or blocking at the interfaces of an n-i-p cell, FTO / TiO2 / MAPbI3 / (BA)2PbI4 cap /
 * spiro-OMeTAD / Au, with the band edges the band diagram shows (eV against vacuum).
 */
class CarrierFlowTest {

    private static final List<BandColumn> NIP = List.of(
            new BandColumn(null, "FTO", SlabKind.TRANSPARENT_ELECTRODE, null, null, -4.4, ""),
            new BandColumn(null, "TiO2", SlabKind.ETL, -4.0, -7.2, null, ""),
            new BandColumn(null, "MAPbI3", SlabKind.ABSORBER, -3.7, -5.4, null, ""),
            new BandColumn(null, "BA cap", SlabKind.TWO_D, -3.22, -6.08, null, ""),
            new BandColumn(null, "spiro", SlabKind.HTL, -2.1, -5.1, null, ""),
            new BandColumn(null, "Au", SlabKind.METAL_ELECTRODE, null, null, -5.1, ""));

    @Test
    void theEtlExtractsElectronsAndBlocksHoles() {
        Flow electron = flow(2, Carrier.ELECTRON);
        assertFalse(electron.rightwards(), "towards the ETL, below the absorber");
        assertEquals(-0.3, electron.barrierEv(), 1e-9, "TiO2's conduction band is 0.3 eV below MAPbI3's");
        assertTrue(electron.passes() && electron.wanted());
        Flow hole = flow(2, Carrier.HOLE);
        assertEquals(1.8, hole.barrierEv(), 1e-9);
        assertTrue(!hole.passes() && hole.wanted(), "hole blocking at the ETL is what the cell needs");
    }

    @Test
    void theWideGapCapBlocksHoleExtraction() {
        Flow hole = flow(3, Carrier.HOLE);
        assertTrue(hole.rightwards());
        assertEquals(0.68, hole.barrierEv(), 1e-9, "(BA)2PbI4's valence band 0.68 eV below MAPbI3's");
        assertTrue(!hole.passes() && !hole.wanted(), "an extraction barrier for holes: against the cell");
        Flow electron = flow(3, Carrier.ELECTRON);
        assertTrue(!electron.passes() && electron.wanted(), "the cap blocks electrons on the hole side");
        Flow throughSpiro = flow(4, Carrier.HOLE);
        assertEquals(-0.98, throughSpiro.barrierEv(), 1e-9);
        assertTrue(throughSpiro.passes() && throughSpiro.wanted());
    }

    @Test
    void noFlowsWithoutAnAbsorberOrTransportLayer() {
        assertTrue(CarrierFlow.of(NIP.subList(2, 4)).isEmpty(), "no transport layer");
        assertTrue(CarrierFlow.of(List.of(NIP.get(1), NIP.get(4))).isEmpty(), "no absorber");
        assertEquals(6, CarrierFlow.of(NIP).size(), "electrode interfaces have no band edges on one side");
    }

    private static Flow flow(int interfaceIndex, Carrier carrier) {
        return CarrierFlow.of(NIP).stream().filter(f -> f.interfaceIndex() == interfaceIndex && f.carrier() == carrier)
                .findFirst().orElseThrow();
    }
}
