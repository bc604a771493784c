package org.heterostack.chem.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.heterostack.chem.ChemistryToolkit;
import org.heterostack.chem.InvalidStructureException;
import org.heterostack.chem.MolecularDescriptors;
import org.heterostack.chem.StructureDiagram;
import org.heterostack.chem.StructureDiagram.Atom;
import org.heterostack.chem.StructureDiagram.Bond;
import org.heterostack.chem.StructureDiagram.Stereo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 2D diagrams of spacer cations as the Library view and the New Study wizard draw them: drawable (every bond about
 * as long as the others, no two atoms on top of each other) and faithful to the formula (heavy atoms, hydrogens on
 * them, charges, bonds = atoms - 1 + rings).
 */
class StructureDiagramTest {

    /** Largest relative deviation of a bond from the median bond length. */
    private static final double BOND_TOLERANCE = 0.10;
    /** Closest two atoms may come, in bond lengths (a 1,3 neighbour in a zigzag is at about 1.7). */
    private static final double CLOSEST_ATOMS = 0.6;

    private static ChemistryToolkit toolkit;

    @BeforeAll
    static void findService() throws InterruptedException {
        toolkit = Toolkits.service();
    }

    @Test
    void butylammoniumIsAChainOfFiveAtomsEndingInNH3Plus() throws InvalidStructureException {
        StructureDiagram ba = drawable("CCCC[NH3+]", 5, 4, 0);
        Atom nitrogen = ba.atoms().get(4);
        assertEquals(new Atom("N", 1, 3, nitrogen.x(), nitrogen.y()), nitrogen, "NH3+ on the ammonium");
        assertTrue(ba.bonds().stream().allMatch(b -> b.order() == 1 && !b.aromatic() && b.stereo() == Stereo.NONE));
    }

    @Test
    void phenethylammoniumHasAKekuleBenzeneRing() throws InvalidStructureException {
        StructureDiagram pea = drawable("[NH3+]CCc1ccccc1", 9, 9, 1);
        List<Bond> aromatic = pea.bonds().stream().filter(Bond::aromatic).toList();
        assertEquals(6, aromatic.size());
        assertEquals(3, aromatic.stream().filter(b -> b.order() == 2).count(), "three double bonds drawn in the ring");
        assertEquals(6, pea.rings().get(0).size());
        for (Bond bond : aromatic) {
            assertTrue(pea.rings().get(0).containsAll(List.of(bond.begin(), bond.end())), bond + " in the ring");
        }
    }

    @Test
    void fluorinatedPhenethylammoniumsKeepTheirFluorinesApart() throws InvalidStructureException {
        drawable("[NH3+]CCc1ccc(F)cc1", 10, 10, 1);
        drawable("[NH3+]CCc1c(F)c(F)c(F)c(F)c1F", 14, 14, 1);
    }

    @Test
    void diammoniumSpacersHaveTwoChargedEnds() throws InvalidStructureException {
        StructureDiagram edoea = drawable("[NH3+]CCOCCOCC[NH3+]", 10, 9, 0);
        assertEquals(2, edoea.atoms().stream().filter(a -> a.charge() == 1 && a.symbol().equals("N")).count());
        drawable("[NH3+]CCc1ccc(CC[NH3+])cc1", 12, 12, 1);
        drawable("[NH3+]CC1CC[NH2+]CC1", 8, 8, 1);
    }

    @Test
    void otherLibrarySpacersAreDrawable() throws InvalidStructureException {
        drawable("[NH3+]Cc1cccc2ccccc12", 12, 13, 2);
        drawable("[NH3+]C1Cc2ccccc2C1", 10, 11, 2);
        drawable("NC(=[NH2+])c1cc[nH+]cc1", 9, 9, 1);
        drawable("NC(=[NH2+])NCCCC(=O)O", 10, 9, 0);
        drawable("[NH3+]CCc1cccs1", 8, 8, 1);
        drawable("NC=[NH2+]", 3, 2, 0);
        drawable("C[NH3+]", 2, 1, 0);
    }

    @Test
    void aChiralSpacerGetsOneWedgeAtItsStereocentre() throws InvalidStructureException {
        StructureDiagram mba = drawable("C[C@@H]([NH3+])c1ccccc1", 9, 9, 1);
        List<Bond> wedged = mba.bonds().stream().filter(b -> b.stereo() != Stereo.NONE).toList();
        assertEquals(1, wedged.size(), "R-methylbenzylammonium: " + mba.bonds());
        assertEquals(1, wedged.get(0).begin(), "the wedge starts at the stereocentre");
    }

    @Test
    void explicitHydrogensBecomeHydrogenCounts() throws InvalidStructureException {
        StructureDiagram d = toolkit.diagram("[H]C([H])([H])[N+]([H])([H])[H]");
        assertEquals(List.of("C", "N"), d.atoms().stream().map(Atom::symbol).toList());
        assertEquals(List.of(3, 3), d.atoms().stream().map(Atom::implicitHydrogens).toList());
    }

    @Test
    void unreadableSmilesSaysWhich() {
        InvalidStructureException e = assertThrows(InvalidStructureException.class, () -> toolkit.diagram("CC(C"));
        assertTrue(e.getMessage().startsWith("Cannot lay out SMILES 'CC(C': "), e.getMessage());
    }

    /**
     * Lays out a SMILES and checks it against its formula and for drawability.
     *
     * @return the diagram
     */
    private static StructureDiagram drawable(String smiles, int heavyAtoms, int bonds, int rings)
            throws InvalidStructureException {
        StructureDiagram diagram = toolkit.diagram(smiles);
        MolecularDescriptors descriptors = toolkit.describe(smiles);
        Map<String, Integer> formula = elements(descriptors.formula());
        Map<String, Integer> drawn = new TreeMap<>();
        int hydrogens = 0;
        int charge = 0;
        for (Atom atom : diagram.atoms()) {
            drawn.merge(atom.symbol(), 1, Integer::sum);
            hydrogens += atom.implicitHydrogens();
            charge += atom.charge();
        }
        assertEquals(formula.getOrDefault("H", 0), hydrogens, smiles + ": hydrogens of " + descriptors.formula());
        formula.remove("H");
        assertEquals(formula, drawn, smiles + ": heavy atoms of " + descriptors.formula());
        assertEquals(descriptors.netCharge(), charge, smiles + ": charge");
        assertEquals(heavyAtoms, diagram.atoms().size(), smiles + ": atoms");
        assertEquals(bonds, diagram.bonds().size(), smiles + ": bonds");
        assertEquals(rings, diagram.rings().size(), smiles + ": rings");
        assertEquals(heavyAtoms - 1 + rings, bonds, smiles + ": one molecule, bonds = atoms - 1 + rings");

        double median = diagram.medianBondLength();
        assertEquals(1, median, 1e-9, smiles + ": coordinates in bond lengths");
        for (Bond bond : diagram.bonds()) {
            double length = diagram.length(bond);
            assertTrue(Math.abs(length - median) <= BOND_TOLERANCE * median,
                    smiles + ": bond " + bond + " is " + length + " long, median " + median);
        }
        for (int i = 0; i < diagram.atoms().size(); i++) {
            for (int j = i + 1; j < diagram.atoms().size(); j++) {
                Atom a = diagram.atoms().get(i);
                Atom b = diagram.atoms().get(j);
                double distance = Math.hypot(a.x() - b.x(), a.y() - b.y());
                assertTrue(distance >= CLOSEST_ATOMS * median, smiles + ": atoms " + i + " " + a.symbol() + " and "
                        + j + " " + b.symbol() + " overlap (" + distance + " apart)");
            }
        }
        return diagram;
    }

    /** Element counts of a Hill formula such as {@code [C8H12N]+}. */
    private static Map<String, Integer> elements(String formula) {
        Map<String, Integer> counts = new TreeMap<>();
        Matcher m = Pattern.compile("([A-Z][a-z]?)(\\d*)").matcher(formula.replaceAll("^\\[|\\][0-9]*[+-]$", ""));
        while (m.find()) {
            counts.merge(m.group(1), m.group(2).isEmpty() ? 1 : Integer.parseInt(m.group(2)), Integer::sum);
        }
        return counts;
    }
}
