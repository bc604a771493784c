package org.heterostack.model.tests;

import static org.heterostack.model.tests.TestModels.F;
import static org.heterostack.model.tests.TestModels.site;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.heterostack.model.AnchoringGroup;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.LayerRole;
import org.heterostack.model.NPhaseFraction;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.Phase2D;
import org.junit.jupiter.api.Test;

/** Derived values computed by the hand-written helpers behind the generated getters and operations. */
class DerivedValuesTest {

    private final HeterostackModel model = TestModels.valid();
    private final Perovskite3D film = (Perovskite3D) model.findByName("CsFAMA");
    private final Perovskite2D twoD = (Perovskite2D) model.findByName("BA2MA2Pb3I10");

    @Test
    void formulaOfAMixed3DPerovskite() {
        assertEquals("Cs0.05FA0.8MA0.15Pb(I0.85Br0.15)3", film.getFormula());
        site(film, 'B', "Pb", 0.5, "Sn", 0.5);
        site(film, 'A', "MA", 1.0);
        site(film, 'X', "I", 1.0);
        assertEquals("MAPb0.5Sn0.5I3", film.getFormula());
    }

    @Test
    void formulasOfRuddlesdenPopperPhases() {
        assertEquals("(BA)2(MA)2Pb3I10", twoD.getFormula());
        assertEquals("(BA)2PbI4", twoD.formulaForN(1));
        assertEquals("(BA)2(MA)Pb2I7", twoD.formulaForN(2));
        assertEquals("", twoD.formulaForN(0));
    }

    @Test
    void formulasOfDionJacobsonAndAlternatingCationPhases() {
        twoD.setPhase(Phase2D.DJ);
        assertEquals("(BA)(MA)2Pb3I10", twoD.getFormula());
        twoD.setPhase(Phase2D.ACI);
        assertEquals("(BA)(MA)3Pb3I10", twoD.getFormula());
    }

    @Test
    void nStatisticsOfADistribution() {
        twoD.getNPhases().get(0).setFraction(0.8);
        NPhaseFraction n2 = F.createNPhaseFraction();
        n2.setN(2);
        n2.setFraction(0.2);
        twoD.getNPhases().add(n2);
        assertEquals(2.8, twoD.getMeanN(), 1e-12);
        assertEquals(3, twoD.getDominantN());
        twoD.getNPhases().clear();
        assertEquals(0.0, twoD.getMeanN());
        assertEquals(0, twoD.getDominantN());
    }

    @Test
    void expectedPhaseFromTheCharge() {
        OrganicCation cation = F.createOrganicCation();
        assertNull(cation.getExpectedPhase(), "unknown charge");
        cation.setCharge(1);
        assertEquals(Phase2D.RP, cation.getExpectedPhase());
        cation.setCharge(2);
        assertEquals(Phase2D.DJ, cation.getExpectedPhase());
        cation.setCharge(1);
        cation.getAnchoringGroups().add(AnchoringGroup.GUANIDINIUM);
        assertEquals(Phase2D.ACI, cation.getExpectedPhase(), "guanidinium itself");
    }

    @Test
    void deviceQueries() {
        Device device = (Device) model.findByName("cell");
        assertSame(device.getLayers().get(1), device.activeLayer());
        assertEquals(List.of("ETL"), device.layersWithRole(LayerRole.ETL).stream().map(l -> l.getName()).toList());
        assertNull(model.findByName("nothing"));
        assertSame(model.getReferences().get(0), model.findReference("R1"));
    }
}
