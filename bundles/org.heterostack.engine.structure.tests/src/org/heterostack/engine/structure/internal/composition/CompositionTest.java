package org.heterostack.engine.structure.internal.composition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.heterostack.engine.structure.internal.StructureException;
import org.junit.jupiter.api.Test;

class CompositionTest {

    @Test
    void fractionsMustSumToOneAndTheSiteIsNamed() {
        StructureException e = assertThrows(StructureException.class, () -> new SiteMixture(Site.A,
                List.of(new SiteOccupancy("FA", 0.8), new SiteOccupancy("MA", 0.15))));
        assertEquals("fractions on site A sum to 0.9500000000000001, expected 1 within 1.0E-6", e.getMessage());
    }

    @Test
    void sumWithinToleranceIsAccepted() {
        SiteMixture m = new SiteMixture(Site.X, List.of(new SiteOccupancy("I", 0.8500004), new SiteOccupancy("Br", 0.15)));
        assertEquals(2, m.occupants().size());
    }

    @Test
    void duplicateIonIsRejected() {
        StructureException e = assertThrows(StructureException.class, () -> new SiteMixture(Site.B,
                List.of(new SiteOccupancy("Pb", 0.5), new SiteOccupancy("Pb", 0.5))));
        assertEquals("site B lists ion Pb twice (a mixed-valence site gives each entry its own oxidationState)",
                e.getMessage());
    }

    @Test
    void pureFormula() {
        assertEquals("MAPbI3", Composition.of("MA", "Pb", "I").formula());
        assertEquals("CsPbBr3", Composition.of("Cs", "Pb", "Br").formula());
    }
}
