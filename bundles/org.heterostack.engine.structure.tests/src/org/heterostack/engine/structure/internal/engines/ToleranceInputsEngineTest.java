package org.heterostack.engine.structure.internal.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.heterostack.model.AnalysisResult;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.Reference;
import org.heterostack.model.SiteOccupancy;
import org.heterostack.engine.testing.Engines;
import org.junit.jupiter.api.Test;

/**
 * What a user states on a site reaches the tolerance engine: oxidation states, coordination numbers, own radii
 * with their source, double perovskites; and every radius used is named in the result.
 */
class ToleranceInputsEngineTest {

    private static final Map<String, String> BARTEL = Map.of("radius_set", "shannon-bartel");

    /** Radii of Shannon 1976 reported per ion with value, CN and source; BaPbO3 holds Pb4+ (0.775 Å). */
    @Test
    void everyRadiusUsedIsNamed() throws InterruptedException {
        AnalysisResult r = Engines.ok(ToleranceEngine.ID, Models.abx3("BaPbO3", "Ba", "Pb", "O"), BARTEL);
        String messages = Engines.messages(r);
        assertTrue(messages.contains("INFO: radius: Ba2+ on site A: 1.61 Å (CN XII, Shannon 1976 ionic radius)"), messages);
        assertTrue(messages.contains("INFO: radius: Pb4+ on site B: 0.775 Å (CN VI, Shannon 1976 ionic radius)"), messages);
        assertTrue(messages.contains("INFO: radius: O2- on site X: 1.4 Å (CN VI, Shannon 1976 ionic radius)"), messages);
        assertEquals(2.0, Engines.value(r, "oxidation_state_a", "1"));
        assertEquals(4.0, Engines.value(r, "oxidation_state_b", "1"));
        assertTrue(Engines.info(r, "radius set: ").startsWith("Shannon radii as used by Bartel et al. ("));
    }

    /** nA enters tau: SrTiO3, tau = 1.4/0.605 - 2 (2 - (1.44/0.605)/ln(1.44/0.605)) by hand. */
    @Test
    void aSiteOxidationStateEntersTau() throws InterruptedException {
        AnalysisResult r = Engines.ok(ToleranceEngine.ID, Models.abx3("SrTiO3", "Sr", "Ti", "O"), BARTEL);
        double ratio = 1.44 / 0.605;
        assertEquals(1.4 / 0.605 - 2 * (2 - ratio / Math.log(ratio)), Engines.value(r, "bartel_tau", "1"), 1e-9);
    }

    /** A new molecular cation with the user's radius and its reference; its state comes from charge balance. */
    @Test
    void userRadiusWithSource() throws InterruptedException {
        Reference ref = HeterostackFactory.eINSTANCE.createReference();
        ref.setKey("Own2026");
        ref.setCitation("own DFT calculation");
        Perovskite3D p = Models.abx3("XPbI3", "X", "Pb", "I");
        p.getASite().get(0).setRadiusAngstrom(2.6);
        p.getASite().get(0).setRadiusSource(ref);
        AnalysisResult r = Engines.ok(ToleranceEngine.ID, p, Map.of());
        assertEquals(2.6, Engines.value(r, "radius_a", "Å"));
        assertEquals((2.6 + 2.2) / (Math.sqrt(2) * (1.19 + 2.2)), Engines.value(r, "tolerance_factor", "1"), 1e-9);
        String messages = Engines.messages(r);
        assertTrue(messages.contains("INFO: radius: X+ on site A: 2.6 Å (given by the user from own DFT calculation)"),
                messages);
        assertTrue(messages.contains("INFO: molecular or user-given radii are rigid spheres"), messages);
    }

    /** A user radius replaces the tabulated one of a known ion (MA+ 2.17 Å -> 2.70 Å, Cheetham-type estimate). */
    @Test
    void userRadiusOverridesTheSet() throws InterruptedException {
        Perovskite3D p = Models.abx3("MAPbI3", "MA", "Pb", "I");
        p.getASite().get(0).setRadiusAngstrom(2.70);
        assertEquals(2.70, Engines.value(Engines.ok(ToleranceEngine.ID, p, Map.of()), "radius_a", "Å"));
    }

    /** Cs2AgBiBr6 as Cs(Ag0.5Bi0.5)Br3: rB = 1.09 Å, nB = 2, named as a double perovskite. */
    @Test
    void doublePerovskite() throws InterruptedException {
        Perovskite3D p = Models.abx3("Cs2AgBiBr6", "Cs", "Ag", "Br");
        p.getBSite().get(0).setFraction(0.5);
        p.getBSite().add(Models.site("Bi", 0.5));
        AnalysisResult r = Engines.ok(ToleranceEngine.ID, p, BARTEL);
        assertEquals(1.09, Engines.value(r, "radius_b", "Å"), 1e-9);
        assertEquals(2.0, Engines.value(r, "oxidation_state_b", "1"), 1e-9);
        assertEquals("Cs2AgBiBr6: rB and nB are the means of B and B' (Bartel et al. 2019)",
                Engines.info(r, "double perovskite "));
    }

    /** A stated coordination: CsPbI3 with Cs+ in CN VIII (1.74 Å) instead of XII. */
    @Test
    void statedCoordination() throws InterruptedException {
        Perovskite3D p = Models.abx3("CsPbI3", "Cs", "Pb", "I");
        SiteOccupancy cs = p.getASite().get(0);
        cs.setCoordinationNumber(8);
        AnalysisResult r = Engines.ok(ToleranceEngine.ID, p, Map.of());
        assertEquals(1.74, Engines.value(r, "radius_a", "Å"), 1e-9);
        assertEquals("Cs+ on site A: 1.74 Å (CN VIII, Shannon 1976 ionic radius)", Engines.info(r, "radius: "));
    }

    /** An oxidation state the set does not list fails naming material, ion, site and the listed states. */
    @Test
    void unlistedStateFailsClearly() throws InterruptedException {
        Perovskite3D p = Models.abx3("CsPbI3", "Cs", "Pb", "I");
        p.getBSite().get(0).setOxidationState(3);
        p.getXSite().get(0).setOxidationState(-1);
        assertEquals("Perovskite3D 'CsPbI3': ion Pb on site B: radius set 'Kieslich-Shannon effective radii' has no "
                + "radius of Pb3+ (it lists Pb2+, Pb4+); state another oxidationState or give its radiusAngstrom",
                Engines.failure(ToleranceEngine.ID, p));
    }
}
