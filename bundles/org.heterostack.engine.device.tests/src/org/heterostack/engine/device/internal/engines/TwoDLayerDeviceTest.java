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
import org.heterostack.model.Orientation;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Placement;
import org.heterostack.model.ResultStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The review's qualitative device trends of 2D/3D cells (Ma, Sun, Dou, Chem. Commun. 60, 7824 (2024)), reproduced by
 * the drift-diffusion engine with its default 2D assumptions on the IonMonger reference cell (n-i-p: the 2D cap
 * sits between perovskite and HTL, holes leave through it).
 */
class TwoDLayerDeviceTest {

    private static final AnalysisRunner RUNNER = new AnalysisRunner();
    /** A poorly passivated perovskite/HTL interface: electrons (minority there) recombine at 1e3 m/s. */
    private static final double POOR_INTERFACE_M_PER_S = 1e3;
    private static IAnalysisEngine engine;

    @BeforeAll
    static void engine() throws InterruptedException {
        engine = Services.engine(DriftDiffusionEngine.ID);
    }

    private static AnalysisResult run(Device device) {
        AnalysisResult result = RUNNER.run(engine, device, Map.of(DriftDiffusionEngine.GRID, "150"), null);
        assertEquals(ResultStatus.OK, result.getStatus(), messages(result));
        assertFalse(messages(result).contains("not simulated"), messages(result));
        return result;
    }

    private static double ff(Perovskite2D cap, double thicknessNm) {
        return value(run(TwoDCaps.capped(TwoDCaps.cell(0.1), cap, thicknessNm)), "ff_reverse");
    }

    @Test
    void aPassivatingTwoDCapRaisesVoc() {
        double bare = value(run(TwoDCaps.cell(POOR_INTERFACE_M_PER_S)), "voc_reverse");
        AnalysisResult surface = run(TwoDCaps.placed(TwoDCaps.cell(POOR_INTERFACE_M_PER_S),
                TwoDCaps.phase(4, Orientation.VERTICAL), Placement.TOP_SURFACE));
        assertTrue(messages(surface).contains("passivates the interface with 'HTL'"), messages(surface));
        AnalysisResult layer = run(TwoDCaps.capped(TwoDCaps.cell(POOR_INTERFACE_M_PER_S),
                TwoDCaps.phase(4, Orientation.VERTICAL), 3));
        assertTrue(messages(layer).contains("2D phase '2D n=4 VERTICAL' (n = 4, sheets perpendicular to the "
                + "substrate) simulated as a layer"), messages(layer));
        // a tenfold lower velocity: about kT/q ln(10) = 59 mV more Voc where the interface dominates
        assertTrue(value(surface, "voc_reverse") > bare + 0.02, bare + " -> " + value(surface, "voc_reverse"));
        assertTrue(value(layer, "voc_reverse") > bare + 0.02, bare + " -> " + value(layer, "voc_reverse"));
    }

    /**
     * The n = 1 cap blocks by its valence-band step (0.39 eV on this film with the measured 2/3 share; (BA)2PbI4 lies
     * 0.4 eV below MAPbI3 in photoemission, Silver 2018) whatever its orientation; at n = 4 (0.12 eV) the
     * orientation decides: parallel sheets put organic tunnelling barriers across the holes' way, perpendicular
     * sheets conduct.
     */
    @Test
    void aThickParallelNEqualsOneCapLowersFfWhilePerpendicularOrientationAndHigherNRecover() {
        double bare = value(run(TwoDCaps.cell(0.1)), "ff_reverse");
        double parallelN1 = ff(TwoDCaps.phase(1, Orientation.PARALLEL), 20);
        double verticalN1 = ff(TwoDCaps.phase(1, Orientation.VERTICAL), 20);
        double parallelN4 = ff(TwoDCaps.phase(4, Orientation.PARALLEL), 20);
        double verticalN4 = ff(TwoDCaps.phase(4, Orientation.VERTICAL), 20);
        String all = String.format("FF bare %.1f, 20 nm caps: parallel n=1 %.1f, vertical n=1 %.1f, parallel n=4 "
                + "%.1f, vertical n=4 %.1f", bare, parallelN1, verticalN1, parallelN4, verticalN4);
        System.out.println("TwoDLayerDeviceTest: " + all);
        assertTrue(parallelN1 < bare - 30, "the transport barrier: " + all);
        assertTrue(verticalN4 > parallelN4 + 20, "perpendicular sheets conduct: " + all);
        assertTrue(verticalN4 > verticalN1 + 20, "higher n: a smaller band step: " + all);
        assertTrue(verticalN4 > parallelN1 + 30, "both recover the fill factor: " + all);
    }

    @Test
    void aTypeTwoAlignmentThatBlocksHolesLowersFf() {
        Perovskite2D favourable = TwoDCaps.phase(2, Orientation.VERTICAL);
        // type II with the 2D bands above the perovskite's (Ec -3.7, Ev -5.4 eV): electrons blocked, holes pass
        favourable.setElectronAffinityEv(3.3);
        favourable.setIonisationEnergyEv(5.3);
        Perovskite2D blocking = TwoDCaps.phase(2, Orientation.VERTICAL);
        // type II with the 2D bands below: holes meet a 0.3 eV barrier on their way to the HTL
        blocking.setElectronAffinityEv(3.9);
        blocking.setIonisationEnergyEv(5.7);
        double good = ff(favourable, 10);
        double bad = ff(blocking, 10);
        assertTrue(bad < good - 5, "FF favourable " + good + " %, blocking " + bad + " %");
    }
}
