package org.heterostack.engine.structure.internal.tolerance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.heterostack.engine.structure.internal.StructureException;
import org.heterostack.engine.structure.internal.composition.Composition;
import org.heterostack.engine.structure.internal.composition.Site;
import org.heterostack.engine.structure.internal.composition.SiteMixture;
import org.heterostack.engine.structure.internal.composition.SiteOccupancy;
import org.heterostack.engine.structure.internal.radii.IonicRadiusSet;
import org.heterostack.engine.structure.internal.radii.RadiusSets;
import org.heterostack.engine.structure.internal.radii.RadiusTable;
import org.heterostack.engine.structure.internal.radii.TabulatedRadius;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Goldschmidt t, mu and Bartel tau against hand calculations from the radii of docs/science.md §2.1
 * (Kieslich-type set: Cs 1.88, MA 2.17, FA 2.53, Pb 1.19, Sn 1.10, I 2.20, Br 1.96, Cl 1.81 A).
 */
class ToleranceFactorsTest {

    private static final double S2 = Math.sqrt(2.0);

    /** Hand calculations: t = (rA + rX) / (sqrt2 (rB + rX)), mu = rB / rX, written out with the declared radii. */
    @ParameterizedTest(name = "{0}{1}{2}3")
    @CsvSource({
            "MA, Pb, I,  2.17, 1.19, 2.20",
            "FA, Pb, I,  2.53, 1.19, 2.20",
            "Cs, Pb, I,  1.88, 1.19, 2.20",
            "MA, Pb, Br, 2.17, 1.19, 1.96",
            "MA, Sn, I,  2.17, 1.10, 2.20" })
    void goldschmidtAndOctahedralFactorMatchHandCalculation(String a, String b, String x, double rA, double rB,
            double rX) {
        ToleranceResult r = ToleranceFactors.compute(Composition.of(a, b, x));
        assertEquals((rA + rX) / (S2 * (rB + rX)), r.toleranceFactor(), 5e-4, "t of " + a + b + x + "3");
        assertEquals(rB / rX, r.octahedralFactor(), 5e-4, "mu of " + a + b + x + "3");
        assertEquals(RadiusSets.KIESLICH_SHANNON, r.radii().radiusSetName());
    }

    /** Fixed three-decimal values of the same hand calculation, so a change in the radius table is caught. */
    @Test
    void threeDecimalValues() {
        assertEquals(0.912, ToleranceFactors.compute(Composition.of("MA", "Pb", "I")).toleranceFactor(), 5e-4);
        assertEquals(0.987, ToleranceFactors.compute(Composition.of("FA", "Pb", "I")).toleranceFactor(), 5e-4);
        assertEquals(0.851, ToleranceFactors.compute(Composition.of("Cs", "Pb", "I")).toleranceFactor(), 5e-4);
        assertEquals(0.927, ToleranceFactors.compute(Composition.of("MA", "Pb", "Br")).toleranceFactor(), 5e-4);
        assertEquals(0.936, ToleranceFactors.compute(Composition.of("MA", "Sn", "I")).toleranceFactor(), 5e-4);
        assertEquals(0.541, ToleranceFactors.compute(Composition.of("MA", "Pb", "I")).octahedralFactor(), 5e-4);
        assertEquals(0.607, ToleranceFactors.compute(Composition.of("MA", "Pb", "Br")).octahedralFactor(), 5e-4);
        assertEquals(0.500, ToleranceFactors.compute(Composition.of("MA", "Sn", "I")).octahedralFactor(), 5e-4);
    }

    /** Bartel et al., Sci. Adv. 2019, Eq. 1 by hand for MAPbI3 with nA = 1. */
    @Test
    void bartelTauMatchesHandCalculation() {
        double ratio = 2.17 / 1.19;
        double expected = 2.20 / 1.19 - 1.0 * (1.0 - ratio / Math.log(ratio));
        ToleranceResult r = ToleranceFactors.compute(Composition.of("MA", "Pb", "I"));
        assertEquals(expected, r.bartelTau(), 1e-9);
        assertEquals(expected < 4.18, r.bartelPredictsPerovskite());
    }

    @Test
    void mixedSitesUseWeightedRadii() {
        Composition c = new Composition(
                new SiteMixture(Site.A, List.of(new SiteOccupancy("Cs", 0.05), new SiteOccupancy("FA", 0.80),
                        new SiteOccupancy("MA", 0.15))),
                SiteMixture.pure(Site.B, "Pb"),
                new SiteMixture(Site.X, List.of(new SiteOccupancy("I", 0.85), new SiteOccupancy("Br", 0.15))));
        double rA = 0.05 * 1.88 + 0.80 * 2.53 + 0.15 * 2.17;
        double rX = 0.85 * 2.20 + 0.15 * 1.96;
        ToleranceResult r = ToleranceFactors.compute(c);
        assertEquals((rA + rX) / (S2 * (1.19 + rX)), r.toleranceFactor(), 1e-12);
        assertEquals("(Cs0.05FA0.8MA0.15)Pb(I0.85Br0.15)3", c.formula());
    }

    @Test
    void bartelTauUndefinedWhenAIsNotLargerThanB() {
        IonicRadiusSet small = new IonicRadiusSet("test set", "test", RadiusTable.of(List.of(
                new TabulatedRadius("K", 1, 12, "", 1.0, -1, "t"), new TabulatedRadius("Pb", 2, 6, "", 1.19, -1, "t"),
                new TabulatedRadius("I", -1, 6, "", 2.2, -1, "t"))));
        StructureException e = assertThrows(StructureException.class,
                () -> ToleranceFactors.compute(Composition.of("K", "Pb", "I"), small));
        assertEquals("Bartel tau is undefined for rA <= rB (rA = 1 A of K+, rB = 1.19 A of Pb2+, radius set 'test set')",
                e.getMessage());
    }

    @Test
    void unknownIonNamesIonSiteAndSet() {
        StructureException e = assertThrows(StructureException.class,
                () -> ToleranceFactors.compute(Composition.of("Qq", "Pb", "I")));
        assertEquals("ion 'Qq' on site A is not in radius set 'Kieslich-Shannon effective radii'; give its "
                + "radiusAngstrom (and oxidationState)", e.getMessage());
    }

    @Test
    void anionOnCationSiteIsRejected() {
        StructureException e = assertThrows(StructureException.class,
                () -> ToleranceFactors.compute(Composition.of("O", "Pb", "I")));
        assertEquals("ion O cannot sit on site A: radius set 'Kieslich-Shannon effective radii' lists only O2-",
                e.getMessage());
    }
}
