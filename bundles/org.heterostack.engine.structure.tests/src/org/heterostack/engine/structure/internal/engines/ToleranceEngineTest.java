package org.heterostack.engine.structure.internal.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Perovskite3D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.heterostack.engine.testing.Engines;

/**
 * The tolerance engine as an OSGi service through the AnalysisRunner. Expected values are hand calculations from
 * the radii of docs/science.md §2.1 (Cs+ 1.88, MA+ 2.17, FA+ 2.53, Pb2+ 1.19, Sn2+ 1.10, I- 2.20, Br- 1.96 Å),
 * e.g. MAPbI3: t = (2.17 + 2.20) / (1.41421 x (1.19 + 2.20)) = 4.37 / 4.79418 = 0.912, mu = 1.19 / 2.20 = 0.541,
 * tau = 2.20/1.19 - 1 x (1 - 1.82353 / ln 1.82353) = 1.84874 + 2.03529 = 3.884.
 */
class ToleranceEngineTest {

    @ParameterizedTest(name = "{0}{1}{2}3")
    @CsvSource({
            // A, B, X, t = (rA + rX) / (sqrt2 (rB + rX)), mu = rB / rX, tau (Bartel Eq. 1), by hand to 3 decimals
            "MA, Pb, I,  0.912, 0.541, 3.884", // (2.17+2.20)/(1.41421*3.39)
            "FA, Pb, I,  0.987, 0.541, 3.667", // (2.53+2.20)/(1.41421*3.39)
            "Cs, Pb, I,  0.851, 0.541, 4.303", // (1.88+2.20)/(1.41421*3.39)
            "MA, Pb, Br, 0.927, 0.607, 3.682", // (2.17+1.96)/(1.41421*3.15)
            "MA, Sn, I,  0.936, 0.500, 3.904" }) // (2.17+2.20)/(1.41421*3.30)
    void factorsMatchTheHandCalculationToThreeDecimals(String a, String b, String x, double t, double mu, double tau)
            throws InterruptedException {
        AnalysisResult r = Engines.ok(ToleranceEngine.ID, Models.abx3(a + b + x + "3", a, b, x), Map.of());
        assertEquals(t, Engines.value(r, "tolerance_factor", "1"), 0.0005);
        assertEquals(mu, Engines.value(r, "octahedral_factor", "1"), 0.0005);
        assertEquals(tau, Engines.value(r, "bartel_tau", "1"), 0.0005);
        assertTrue(Engines.info(r, "radius set: ").startsWith("Kieslich-Shannon effective radii ("));
    }

    /** Cs0.05FA0.80MA0.15PbI3: rA = 0.05 x 1.88 + 0.80 x 2.53 + 0.15 x 2.17 = 2.4435 Å, t = 4.6435 / 4.79418 = 0.969. */
    @Test
    void mixedASiteUsesCompositionWeightedRadius() throws InterruptedException {
        Perovskite3D p = Models.abx3("triple cation", "Cs", "Pb", "I");
        p.getASite().clear();
        p.getASite().add(Models.site("Cs", 0.05));
        p.getASite().add(Models.site("FA", 0.80));
        p.getASite().add(Models.site("MA", 0.15));
        AnalysisResult r = Engines.ok(ToleranceEngine.ID, p, Map.of());
        assertEquals(2.4435, Engines.value(r, "radius_a", "Å"), 1e-9);
        assertEquals(0.969, Engines.value(r, "tolerance_factor", "1"), 0.0005);
    }

    @Test
    void radiusSetIsAChoiceSetting() throws InterruptedException {
        assertEquals("kieslich-shannon", Engines.find(ToleranceEngine.ID).settings().get(0).defaultValue());
        Engines.ok(ToleranceEngine.ID, Models.abx3("MAPbI3", "MA", "Pb", "I"), Map.of("radius_set", "kieslich-shannon"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Engines.run(ToleranceEngine.ID, Models.abx3("MAPbI3", "MA", "Pb", "I"), Map.of("radius_set", "travis")));
        assertEquals("setting 'radius_set' of engine org.heterostack.engine.structure.tolerance is 'travis'; choose one of "
                + "kieslich-shannon, shannon-bartel", e.getMessage());
    }

    @Test
    void unknownIonFailsNamingTheMaterialTheIonAndTheSet() throws InterruptedException {
        assertEquals("Perovskite3D 'XPbI3': ion 'X' on site A is not in radius set 'Kieslich-Shannon effective radii'; "
                + "give its radiusAngstrom (and oxidationState)",
                Engines.failure(ToleranceEngine.ID, Models.abx3("XPbI3", "X", "Pb", "I")));
    }

    @Test
    void fractionsNotSummingToOneFail() throws InterruptedException {
        Perovskite3D p = Models.abx3("short", "MA", "Pb", "I");
        p.getASite().clear();
        p.getASite().add(Models.site("MA", 0.5));
        p.getASite().add(Models.site("FA", 0.4));
        assertEquals("Perovskite3D 'short': fractions on site A sum to 0.9, expected 1 within 1.0E-6",
                Engines.failure(ToleranceEngine.ID, p));
    }

    @Test
    void emptySiteFails() throws InterruptedException {
        Perovskite3D p = Models.abx3("no halide", "MA", "Pb", "I");
        p.getXSite().clear();
        assertEquals("Perovskite3D 'no halide' has no X-site occupancy (xSite)", Engines.failure(ToleranceEngine.ID, p));
    }

    /**
     * Bartel's tau needs rA > rB: Li+ on the A site of a lead iodide (Shannon lists Li+ up to CN VIII, 0.92 Å,
     * below Pb2+ CN VI, 1.19 Å) makes ln(rA/rB) negative.
     */
    @Test
    void undefinedTauFailsNamingMaterialAndIons() throws InterruptedException {
        assertEquals("Perovskite3D 'LiPbI3': Bartel tau is undefined for rA <= rB (rA = 0.92 A of Li+, rB = 1.19 A of "
                + "Pb2+, radius set 'Kieslich-Shannon effective radii')",
                Engines.failure(ToleranceEngine.ID, Models.abx3("LiPbI3", "Li", "Pb", "I")));
    }

    @Test
    void csPbI3IsFlaggedByBartel() throws InterruptedException {
        AnalysisResult r = Engines.ok(ToleranceEngine.ID, Models.abx3("CsPbI3", "Cs", "Pb", "I"), Map.of());
        assertTrue(Engines.messages(r).contains("WARNING: tau = 4.303: Bartel's classifier does not predict a perovskite"),
                Engines.messages(r));
    }
}
