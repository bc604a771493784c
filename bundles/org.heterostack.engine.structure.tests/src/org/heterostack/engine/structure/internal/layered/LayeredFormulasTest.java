package org.heterostack.engine.structure.internal.layered;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.heterostack.engine.structure.internal.StructureException;
import org.heterostack.engine.structure.internal.composition.Composition;
import org.junit.jupiter.api.Test;

/** Formulas of docs/science.md §1.1: RP A'2A(n-1)BnX(3n+1), DJ A'A(n-1)BnX(3n+1), ACI A'AnBnX(3n+1). */
class LayeredFormulasTest {

    private static final Composition MAPBI3 = Composition.of("MA", "Pb", "I");

    @Test
    void ruddlesdenPopperButylammoniumSeries() {
        Spacer ba = Spacer.monoAmmonium("BA");
        assertEquals("(BA)2PbI4", LayeredFormulas.resolve(ba, MAPBI3, 1).formula());
        assertEquals("(BA)2(MA)Pb2I7", LayeredFormulas.resolve(ba, MAPBI3, 2).formula());
        LayeredStructure n3 = LayeredFormulas.resolve(ba, MAPBI3, 3);
        assertEquals("(BA)2(MA)2Pb3I10", n3.formula());
        assertEquals(LayeredPhase.RUDDLESDEN_POPPER, n3.phase());
    }

    @Test
    void dionJacobsonFromDivalentSpacer() {
        LayeredStructure s = LayeredFormulas.resolve(Spacer.diAmmonium("4AMP"), MAPBI3, 3);
        assertEquals(LayeredPhase.DION_JACOBSON, s.phase());
        assertEquals("(4AMP)(MA)2Pb3I10", s.formula());
    }

    /** (GA)(MA)nPbnI(3n+1), Soe et al., JACS 2017. */
    @Test
    void alternatingCationFromGuanidiniumWithMa() {
        LayeredStructure s = LayeredFormulas.resolve(new Spacer("GA", 1, true), MAPBI3, 3);
        assertEquals(LayeredPhase.ALTERNATING_CATION, s.phase());
        assertEquals("(GA)(MA)3Pb3I10", s.formula());
    }

    @Test
    void guanidiniumWithFormamidiniumIsRejected() {
        StructureException e = assertThrows(StructureException.class,
                () -> LayeredFormulas.resolve(new Spacer("GA", 1, true), Composition.of("FA", "Pb", "I"), 2));
        assertEquals("guanidinium spacer GA with A-site radius 2.53 A > MA+ (2.17 A): no ACI phase known for this A site",
                e.getMessage());
    }

    @Test
    void inorganicACationIsWrittenBare() {
        assertEquals("(PEA)2Cs2Pb3Br10",
                LayeredFormulas.resolve(Spacer.monoAmmonium("PEA"), Composition.of("Cs", "Pb", "Br"), 3).formula());
    }

    @Test
    void invalidChargeAndN() {
        assertEquals("spacer X has charge 3; only +1 (Ruddlesden-Popper) and +2 (Dion-Jacobson) spacers form 2D perovskites here",
                assertThrows(StructureException.class, () -> new Spacer("X", 3, false)).getMessage());
        assertEquals("number of octahedral layers n must be >= 1, was 0", assertThrows(StructureException.class,
                () -> LayeredFormulas.resolve(Spacer.monoAmmonium("BA"), MAPBI3, 0)).getMessage());
    }
}
