package org.heterostack.engine.structure.internal.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.heterostack.model.AnalysisResult;
import org.junit.jupiter.api.Test;
import org.heterostack.engine.testing.Engines;

/** The ligand engine, which takes the ChemistryToolkit service by Declarative Services. */
class LigandEngineTest {

    /**
     * Phenethylammonium C8H12N+: 8 x 12.011 + 12 x 1.008 + 14.007 = 122.19 g/mol (IUPAC 2021 standard atomic
     * weights); XLogP 1.30 of the neutral base phenethylamine (CDK 2.11, Wang et al. 1997; experimental 1.41,
     * Hansch, Leo, Hoekman 1995).
     */
    @Test
    void phenethylammonium() throws InterruptedException {
        AnalysisResult r = Engines.ok(LigandEngine.ID, Models.cation("phenethylammonium", "PEA", "[NH3+]CCc1ccccc1", 1),
                Map.of());
        assertEquals("[C8H12N]+", Engines.info(r, "formula: "));
        assertEquals(122.19, Engines.value(r, "molar_mass", "g/mol"), 0.01);
        assertEquals(1.30, Engines.value(r, "log_p", "1"), 0.01);
        assertEquals(1, Engines.value(r, "net_charge", "e"));
        assertEquals(1, Engines.value(r, "ammonium_groups", "1"));
        assertEquals(1, Engines.value(r, "aromatic_rings", "1"));
        assertEquals(0, Engines.value(r, "fluorine_atoms", "1"));
        assertTrue(Engines.value(r, "rotatable_bonds", "1") >= 2, "C-C, C-C(aryl) single bonds of the ethyl link");
    }

    @Test
    void declaredChargeContradictingTheSmilesIsWarned() throws InterruptedException {
        AnalysisResult r = Engines.ok(LigandEngine.ID, Models.cation("BA", "BA", "CCCC[NH3+]", 2), Map.of());
        assertTrue(Engines.messages(r).contains("WARNING: OrganicCation 'BA' declares charge 2 but its SMILES has net charge 1"));
    }

    @Test
    void missingOrBadSmilesFails() throws InterruptedException {
        assertEquals("OrganicCation 'unknown' has no smiles",
                Engines.failure(LigandEngine.ID, Models.cation("unknown", "U", null, 1)));
        assertTrue(Engines.failure(LigandEngine.ID, Models.cation("broken", "B", "C(C", 1))
                .startsWith("OrganicCation 'broken': Cannot read SMILES 'C(C'"));
    }
}
