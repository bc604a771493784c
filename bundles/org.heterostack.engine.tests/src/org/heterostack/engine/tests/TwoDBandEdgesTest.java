package org.heterostack.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.heterostack.engine.TwoDBandEdges;
import org.junit.jupiter.api.Test;

/** The engines' shared rule for the band edges of a lead-iodide 2D phase, against the published values. */
class TwoDBandEdgesTest {

    @Test
    void gapsAndBindingEnergiesFollowTheLeadIodideSeriesAndApproachTheBulk() {
        // Stoumpos et al. 2016 (n = 1..4) and 2017 (n = 5); Blancon et al. 2018; docs/science.md §3.1
        assertEquals(2.43, TwoDBandEdges.opticalGapEv(1), 0);
        assertEquals(2.03, TwoDBandEdges.opticalGapEv(3), 0);
        assertEquals(1.83, TwoDBandEdges.opticalGapEv(5), 0);
        assertEquals(470, TwoDBandEdges.excitonBindingMeV(1), 0);
        assertEquals(125, TwoDBandEdges.excitonBindingMeV(5), 0);
        // n = 10: a quarter of the n = 5 confinement (0.31 eV) above MAPbI3's 1.52 eV
        assertEquals(1.5975, TwoDBandEdges.opticalGapEv(10), 1e-12);
        assertTrue(TwoDBandEdges.opticalGapEv(60) - TwoDBandEdges.BULK_OPTICAL_GAP_EV < 0.01);
        assertEquals(2.9, TwoDBandEdges.quasiparticleGapEv(1), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> TwoDBandEdges.opticalGapEv(0));
    }

    @Test
    void butylammoniumLeadIodideOnMapbi3MatchesPhotoemission() {
        // (BA)2PbI4 by UPS/IPES: EA 3.1 eV, IE 5.8 eV (Silver et al., Adv. Energy Mater. 8, 1703468 (2018)), on
        // MAPbI3 at EA 3.9, IE 5.4 eV (Schulz et al., Energy Environ. Sci. 7, 1377 (2014)); tolerance 0.15 eV, the
        // film-to-film spread of such measurements
        double widening = TwoDBandEdges.quasiparticleGapEv(1) - (5.4 - 3.9);
        double[] edges = TwoDBandEdges.onFilm(-3.9, -5.4, widening, TwoDBandEdges.MEASURED_CONDUCTION_SHARE);
        assertEquals(-3.1, edges[0], 0.15, "conduction band");
        assertEquals(-5.8, edges[1], 0.15, "valence band");
        assertEquals(widening, edges[0] - (-3.9) + (-5.4) - edges[1], 1e-12, "the widening is split, not lost");
        assertThrows(IllegalArgumentException.class, () -> TwoDBandEdges.onFilm(-3.9, -5.4, 1, 1.5));
    }
}
