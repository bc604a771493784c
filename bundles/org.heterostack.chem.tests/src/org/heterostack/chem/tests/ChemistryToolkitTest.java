package org.heterostack.chem.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.heterostack.chem.ChemistryToolkit;
import org.heterostack.chem.InvalidStructureException;
import org.heterostack.chem.MolecularDescriptors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chemistry toolkit as engines see it: an OSGi service computing spacer descriptors from SMILES. Expected
 * formulas and masses are by hand from IUPAC 2021 standard atomic weights; XLogP 1.30 of phenethylamine is the
 * value CDK 2.11 gives (build-offline notes; experimental logP 1.41, Hansch, Leo, Hoekman 1995).
 */
class ChemistryToolkitTest {

    private static ChemistryToolkit toolkit;

    @BeforeAll
    static void findService() throws InterruptedException {
        toolkit = Toolkits.service();
    }

    @Test
    void phenethylammonium() throws InvalidStructureException {
        MolecularDescriptors pea = toolkit.describe("[NH3+]CCc1ccccc1");
        assertEquals("[C8H12N]+", pea.formula());
        assertEquals(122.19, pea.molarMassGPerMol(), 0.01, "C8H12N: 8 x 12.011 + 12 x 1.008 + 14.007");
        assertEquals(1, pea.netCharge());
        assertEquals(1, pea.ammoniumGroups());
        assertEquals(1, pea.aromaticRings());
        assertEquals(1.30, pea.logP(), 0.01, "CDK XLogP of the neutral base phenethylamine");
        assertEquals(0, pea.fluorineAtoms());
    }

    @Test
    void butylammoniumIsAnAlkylChain() throws InvalidStructureException {
        MolecularDescriptors ba = toolkit.describe("CCCC[NH3+]");
        assertEquals("[C4H12N]+", ba.formula());
        assertEquals(74.14, ba.molarMassGPerMol(), 0.01);
        assertEquals(0, ba.aromaticRings());
        assertEquals(5, ba.longestChainAtoms());
        assertTrue(ba.rotatableBonds() >= 2, "rotatable bonds " + ba.rotatableBonds());
    }

    @Test
    void diammoniumSpacerCarriesTwoCharges() throws InvalidStructureException {
        MolecularDescriptors edoea = toolkit.describe("[NH3+]CCOCCOCC[NH3+]");
        assertEquals(2, edoea.netCharge());
        assertEquals(2, edoea.ammoniumGroups());
        assertEquals("[C6H18N2O2]2+", edoea.formula());
    }

    @Test
    void fluorinationMakesPeaMoreHydrophobic() throws InvalidStructureException {
        MolecularDescriptors fpea = toolkit.describe("[NH3+]CCc1ccc(F)cc1");
        assertEquals(1, fpea.fluorineAtoms());
        assertTrue(fpea.logP() > toolkit.describe("[NH3+]CCc1ccccc1").logP(), "4F-PEA logP " + fpea.logP());
    }

    @Test
    void amidiniumIsCationicButNotAmmonium() throws InvalidStructureException {
        MolecularDescriptors fa = toolkit.describe("NC=[NH2+]");
        assertEquals(1, fa.cationicCentres());
        assertEquals(0, fa.ammoniumGroups());
    }

    @Test
    void unreadableSmilesSaysWhich() {
        InvalidStructureException e = assertThrows(InvalidStructureException.class,
                () -> toolkit.describe("CC(C"));
        assertTrue(e.getMessage().startsWith("Cannot read SMILES 'CC(C': "), e.getMessage());
    }
}
