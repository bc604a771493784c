package org.heterostack.engine.structure.internal.radii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.heterostack.engine.structure.internal.StructureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built-in radius table against Shannon, Acta Cryst. A32, 751 (1976), Table 1 (ionic radii, to his printed
 * digits), and the coordination and spin conventions of Bartel et al., Sci. Adv. 5, eaav0693 (2019).
 */
class RadiusTableTest {

    private static final IonicRadiusSet BARTEL = RadiusSets.shannonBartel();

    /** 493 rows of Shannon 1976 (not the 4 hydroxide rows), Sn2+ and 12 molecular ions, less 5 radii <= 0. */
    @Test
    void tableHoldsShannonsRowsAndTheMolecularIons() {
        assertEquals(493 + 1 + 12 - 5, RadiusTable.shannon().size());
        assertEquals(List.of(-1, 5, 7), List.copyOf(BARTEL.oxidationStates("I")));
        assertEquals(List.of(2, 4), List.copyOf(BARTEL.oxidationStates("Pb")));
    }

    @ParameterizedTest(name = "{0}{1} CN {2}")
    @CsvSource({
            "Cs, 1, 12, 1.88", "Rb, 1, 12, 1.72", "K, 1, 12, 1.64", "Ba, 2, 12, 1.61", "Sr, 2, 12, 1.44",
            "La, 3, 12, 1.36", "Pb, 2, 6, 1.19", "Pb, 2, 12, 1.49", "Pb, 4, 6, 0.775", "Ti, 4, 6, 0.605",
            "Nb, 5, 6, 0.64", "Bi, 3, 6, 1.03", "Ge, 2, 6, 0.73", "Ag, 1, 6, 1.15", "I, -1, 6, 2.2",
            "I, 5, 6, 0.95", "F, -1, 6, 1.33", "O, -2, 6, 1.4" })
    void shannonIonicRadii(String ion, int state, int cn, double radiusA) {
        IonRadius r = BARTEL.radius(ion, state, cn);
        assertEquals(radiusA, r.radiusA(), 1e-9);
        assertEquals(cn, r.coordination());
        assertEquals(Optional.empty(), r.fallback());
        assertEquals("Shannon 1976 ionic radius", r.source());
    }

    /** Ag+ is listed up to CN VIII: on an A site it takes the VIII radius, 1.28 Å, as in Bartel's table S1. */
    @Test
    void missingCoordinationFallsBackToTheNearestListed() {
        IonRadius r = BARTEL.radius("Ag", 1, 12);
        assertEquals(1.28, r.radiusA(), 1e-9);
        assertEquals(8, r.coordination());
        assertEquals(Optional.of("no CN XII radius listed, CN VIII (the nearest) used"), r.fallback());
    }

    /** N3- is listed only for CN IV (1.46 Å); Bi5+ only for CN VI. */
    @Test
    void onlyListedCoordinationIsTaken() {
        assertEquals(1.46, BARTEL.radius("N", -3, 6).radiusA(), 1e-9);
        assertEquals(4, BARTEL.radius("N", -3, 6).coordination());
    }

    /** Tie between CN X and XIV around XII for a made-up ion: the lower, first listed, as Bartel's code. */
    @Test
    void coordinationTieTakesTheLowerNumber() {
        IonicRadiusSet set = new IonicRadiusSet("tie", "t", RadiusTable.of(List.of(
                new TabulatedRadius("Qq", 1, 10, "", 1.5, -1, "t"), new TabulatedRadius("Qq", 1, 14, "", 1.9, -1, "t"))));
        assertEquals(1.5, set.radius("Qq", 1, 12).radiusA(), 1e-9);
    }

    /** Fe3+ (d5) and Co2+ (d7) take the high-spin radius, Co3+ (d6) high spin too, Ni3+ (d7) high, Cu3+ (d8) low. */
    @ParameterizedTest(name = "{0}{1}")
    @CsvSource({ "Fe, 3, 0.645, HS", "Fe, 2, 0.78, HS", "Co, 2, 0.745, HS", "Co, 3, 0.61, HS", "Mn, 3, 0.645, HS",
            "Ni, 3, 0.6, HS", "Cr, 2, 0.8, HS" })
    void spinStateFollowsBartelsRule(String ion, int state, double radiusA, String spin) {
        IonRadius r = BARTEL.radius(ion, state, 6);
        assertEquals(radiusA, r.radiusA(), 1e-9);
        assertTrue(r.fallback().orElseThrow().startsWith(spin.equals("HS") ? "high-spin radius (d" : "low-spin"),
                r.fallback().toString());
    }

    /** Sn2+ (absent from Shannon 1976): 1.15 Å of Travis et al. 2016 in Bartel's set, 1.10 Å in Kieslich-Shannon. */
    @Test
    void tinTwoPlusDiffersBetweenTheSets() {
        assertEquals(1.15, BARTEL.radius("Sn", 2, 6).radiusA(), 1e-9);
        assertEquals("Travis et al., Chem. Sci. 7, 4548 (2016)", BARTEL.radius("Sn", 2, 6).source());
        assertEquals(1.10, RadiusSets.kieslichShannon().radius("Sn", 2, 6).radiusA(), 1e-9);
        assertEquals(0.69, RadiusSets.kieslichShannon().radius("Sn", 4, 6).radiusA(), 1e-9);
    }

    /** Kieslich, Sun, Cheetham 2014 effective radii, under their abbreviations, aliases and chemical names. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({ "MA, 2.17", "FA, 2.53", "GA, 2.78", "GUA, 2.78", "guanidinium, 2.78", "methylammonium, 2.17",
            "EA, 2.74", "DMA, 2.72", "AZ, 2.5", "IM, 2.58", "HA, 2.16", "HY, 2.17", "NH4, 1.46", "TMA, 2.92" })
    void molecularEffectiveRadii(String ion, double radiusA) {
        IonRadius r = RadiusSets.kieslichShannon().radius(ion, 1, 12);
        assertEquals(radiusA, r.radiusA(), 1e-9);
        assertEquals(0, r.coordination());
        assertFalse(r.fallback().isPresent());
        assertEquals("Kieslich, Sun, Cheetham, Chem. Sci. 5, 4712 (2014), effective radius", r.source());
    }

    @Test
    void unlistedOxidationStateNamesTheListedOnes() {
        StructureException e = assertThrows(StructureException.class, () -> BARTEL.radius("Pb", 3, 6));
        assertEquals("radius set 'Shannon radii as used by Bartel et al.' has no radius of Pb3+ (it lists Pb2+, Pb4+)",
                e.getMessage());
    }

    @Test
    void roman() {
        assertEquals("XII", Coordination.roman(12));
        assertEquals("VI", Coordination.roman(6));
        assertEquals("IV", Coordination.roman(4));
        assertEquals("IX", Coordination.roman(9));
    }
}
