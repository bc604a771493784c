package org.heterostack.engine.structure.internal.engines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.heterostack.model.AnalysisResult;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.Heterostructure;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.Phase2D;
import org.heterostack.model.Series;
import org.heterostack.model.TwoDPhasePlacement;
import org.junit.jupiter.api.Test;
import org.heterostack.engine.testing.Engines;

/** The layered-structure engine as an OSGi service through the AnalysisRunner. */
class LayeredEngineTest {

    /**
     * BA series: RP (BA)2(MA)(n-1)PbnI(3n+1); d(n) = 6.3 n + 7.5 Å (gap from the 13.80 Å spacing of (BA)2PbI4) within
     * 0.6 Å of the measured half long axes 13.80, 19.67, 25.98, 32.19 Å (Stoumpos et al., Chem. Mater. 28, 2852
     * (2016)); first-order 2 theta of (BA)2PbI4 = 2 asin(1.5406 / 27.6) = 6.40 deg, the (002) of the Pbca cell.
     */
    @Test
    void baSeriesFormulaPhaseStackingAndXrd() throws InterruptedException {
        Perovskite2D p = Models.twoD("BA mixed n", Models.butylammonium(), Phase2D.RP, 1, 0.2, 2, 0.2, 3, 0.4, 4, 0.2);
        AnalysisResult r = Engines.ok(LayeredEngine.ID, p, Map.of());
        assertEquals("RP", Engines.info(r, "phase: "));
        assertEquals("(BA)2(MA)2Pb3I10", Engines.info(r, "formula: "));
        assertEquals("(BA)2PbI4", Engines.info(r, "formula_n1: "));
        assertEquals("(BA)2(MA)3Pb4I13", Engines.info(r, "formula_n4: "));
        assertEquals(2.6, Engines.value(r, "n", "1"), 1e-12, "0.2 + 0.4 + 1.2 + 0.8");
        assertEquals(3, Engines.value(r, "n_dominant", "1"));
        double[] measured = { 13.80, 19.67, 25.98, 32.19 };
        for (int n = 1; n <= 4; n++) {
            assertEquals(measured[n - 1], Engines.value(r, "stacking_period_n" + n, "Å"), 0.6, "d(" + n + ") vs Stoumpos 2016");
        }
        assertEquals(26.4, Engines.value(r, "stacking_period", "Å"), 1e-9, "dominant n = 3: 3 x 6.3 + 7.5");
        assertEquals(6.40, Engines.value(r, "xrd_first_order_n1", "deg"), 0.005);
        Series xrd = Engines.series(r, "xrd_00l_n1");
        assertEquals("deg", xrd.getYUnit());
        assertArrayEquals(new double[] { 1, 2, 3, 4, 5 }, xrd.getX().stream().mapToDouble(Double::doubleValue).toArray());
        // third order of d = 13.8 Å: 2 asin(3 x 1.5406 / 27.6) = 19.28 deg
        assertEquals(19.28, xrd.getY().get(2), 0.01);
    }

    /** An n = 1 phase such as (BA)2PbI4 has no A cation between its layers: none needs to be given. */
    @Test
    void n1PhaseNeedsNoACation() throws InterruptedException {
        Perovskite2D p = Models.twoD("BA2PbI4", Models.butylammonium(), Phase2D.RP, 1, 1.0);
        p.getASite().clear();
        AnalysisResult r = Engines.ok(LayeredEngine.ID, p, Map.of());
        assertEquals("(BA)2PbI4", Engines.info(r, "formula: "));
    }

    /** An n = 2 phase without any A cation (neither its own nor a film's) cannot be written down. */
    @Test
    void n2PhaseWithoutACationFailsClearly() throws InterruptedException {
        Perovskite2D p = Models.twoD("BA n2", Models.butylammonium(), Phase2D.RP, 2, 1.0);
        p.getASite().clear();
        assertEquals("Perovskite2D 'BA n2': the n = 2 phase needs an A-site cation between its octahedral layers, and"
                + " none is given", Engines.failure(LayeredEngine.ID, p));
    }

    /** DJ from a +2 spacer: A' A(n-1) Bn X(3n+1), e.g. (4AMP)(MA)Pb2I7. */
    @Test
    void diammoniumSpacerGivesDionJacobson() throws InterruptedException {
        OrganicCation amp = Models.cation("4-(aminomethyl)piperidinium", "4AMP", "[NH3+]CC1CC[NH2+]CC1", 2);
        amp.setLengthAngstrom(6.0);
        AnalysisResult r = Engines.ok(LayeredEngine.ID, Models.twoD("4AMP n2", amp, Phase2D.DJ, 2, 1.0), Map.of());
        assertEquals("DJ", Engines.info(r, "phase: "));
        assertEquals("(4AMP)(MA)Pb2I7", Engines.info(r, "formula: "));
        assertTrue(Engines.info(r, "organic gap ").contains("uncalibrated for DJ"));
    }

    @Test
    void declaredPhaseContradictingTheSpacerIsWarned() throws InterruptedException {
        AnalysisResult r = Engines.ok(LayeredEngine.ID, Models.twoD("BA as DJ", Models.butylammonium(), Phase2D.DJ, 1, 1.0),
                Map.of());
        assertEquals("RP", Engines.info(r, "phase: "));
        assertTrue(Engines.messages(r).contains("WARNING: Perovskite2D 'BA as DJ' declares phase DJ but spacer BA (charge +1) "
                + "forms RP; the formula follows the spacer"), Engines.messages(r));
    }

    /** Mismatch (6.20 - 6.30) / 6.30 = -1.587 % with a user-given in-plane 2D parameter on a 6.30 Å film. */
    @Test
    void heterostructureGivesLatticeMismatch() throws InterruptedException {
        Perovskite3D film = Models.abx3("MAPbI3", "MA", "Pb", "I");
        film.setLatticeParameterAngstrom(6.30);
        Heterostructure h = HeterostackFactory.eINSTANCE.createHeterostructure();
        h.setName("BA on MAPbI3");
        h.setFilm(film);
        TwoDPhasePlacement top = HeterostackFactory.eINSTANCE.createTwoDPhasePlacement();
        top.setPhase(Models.twoD("BA n1", Models.butylammonium(), Phase2D.RP, 1, 1.0));
        h.getPhases().add(top);
        AnalysisResult r = Engines.ok(LayeredEngine.ID, h, Map.of("a2d_in_plane", "6.20"));
        assertEquals(-1.587, Engines.value(r, "lattice_mismatch", "%"), 0.001);
        AnalysisResult none = Engines.ok(LayeredEngine.ID, h, Map.of());
        assertTrue(none.getQuantities().stream().noneMatch(q -> q.getKey().equals("lattice_mismatch")));
    }

    @Test
    void missingDataFailsWithTheObjectAndAttribute() throws InterruptedException {
        Perovskite2D noN = Models.twoD("no n", Models.butylammonium(), Phase2D.RP);
        assertEquals("Perovskite2D 'no n' has no n phases (nPhases)", Engines.failure(LayeredEngine.ID, noN));
        Perovskite2D noCharge = Models.twoD("x", Models.cation("mystery", "MY", "C[NH3+]", null), Phase2D.RP, 1, 1.0);
        assertEquals("OrganicCation 'mystery' has no charge", Engines.failure(LayeredEngine.ID, noCharge));
    }

    /** Without a spacing or a ligand length only the stacking is missing: formula and phase are still reported. */
    @Test
    void withoutSpacingOrLengthTheStackingIsLeftOutWithAWarning() throws InterruptedException {
        Perovskite2D noLength = Models.twoD("y", Models.cation("octylammonium", "OA", "CCCCCCCC[NH3+]", 1), Phase2D.RP, 1, 1.0);
        AnalysisResult r = Engines.ok(LayeredEngine.ID, noLength, Map.of());
        String messages = Engines.messages(r);
        assertTrue(messages.contains("WARNING: organic_gap, stacking periods and (00l) XRD not computed: OrganicCation "
                + "'octylammonium' has no lengthAngstrom and Perovskite2D 'y' no interlayerSpacingAngstrom"), messages);
        assertTrue(messages.contains("formula: "), messages);
        assertTrue(r.getQuantities().stream().noneMatch(q -> q.getKey().startsWith("stacking_period")));
    }
}
