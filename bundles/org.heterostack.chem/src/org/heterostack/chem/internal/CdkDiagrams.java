package org.heterostack.chem.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.vecmath.Point2d;

import org.heterostack.chem.StructureDiagram;
import org.heterostack.chem.StructureDiagram.Atom;
import org.heterostack.chem.StructureDiagram.Bond;
import org.heterostack.chem.StructureDiagram.Stereo;
import org.openscience.cdk.aromaticity.Aromaticity;
import org.openscience.cdk.aromaticity.ElectronDonation;
import org.openscience.cdk.exception.CDKException;
import org.openscience.cdk.graph.Cycles;
import org.openscience.cdk.interfaces.IAtom;
import org.openscience.cdk.interfaces.IAtomContainer;
import org.openscience.cdk.interfaces.IBond;
import org.openscience.cdk.layout.StructureDiagramGenerator;
import org.openscience.cdk.tools.manipulator.AtomContainerManipulator;

/**
 * 2D layout with CDK's structure diagram generator (Helson, Rev. Comput. Chem. 13, 313 (1999); the CDK
 * implementation as in Willighagen et al., J. Cheminform. 9, 33 (2017)), turned into a {@link StructureDiagram}
 * without CDK types: explicit hydrogens folded into their atoms, aromaticity perceived (Daylight model) on the
 * Kekulé structure the SMILES parser makes, wedges from the generator's assignment at stereocentres, coordinates
 * divided by the median bond length.
 */
final class CdkDiagrams {

    private CdkDiagrams() {
    }

    /**
     * @param smiles   the structure it was parsed from
     * @param molecule the parsed structure (changed: hydrogens suppressed, coordinates set)
     * @return its diagram
     * @throws CDKException if CDK cannot lay it out
     */
    static StructureDiagram layout(String smiles, IAtomContainer molecule) throws CDKException {
        IAtomContainer heavy = AtomContainerManipulator.suppressHydrogens(molecule);
        new Aromaticity(ElectronDonation.daylight(), Cycles.all()).apply(heavy);
        new StructureDiagramGenerator().generateCoordinates(heavy);
        Map<IAtom, Integer> index = new HashMap<>();
        for (IAtom atom : heavy.atoms()) {
            index.put(atom, index.size());
        }
        List<Bond> bonds = new ArrayList<>();
        for (IBond bond : heavy.bonds()) {
            bonds.add(bond(bond, index));
        }
        List<Atom> atoms = new ArrayList<>();
        for (IAtom atom : heavy.atoms()) {
            Point2d p = atom.getPoint2d();
            atoms.add(new Atom(atom.getSymbol(), atom.getFormalCharge() == null ? 0 : atom.getFormalCharge(),
                    atom.getImplicitHydrogenCount() == null ? 0 : atom.getImplicitHydrogenCount(), p.x, p.y));
        }
        List<List<Integer>> rings = new ArrayList<>();
        for (int[] path : Cycles.sssr(heavy).paths()) {
            rings.add(Arrays.stream(path, 0, path.length - 1).boxed().toList());
        }
        StructureDiagram laidOut = new StructureDiagram(smiles, atoms, bonds, rings);
        double bondLength = laidOut.medianBondLength();
        if (bondLength <= 0) {
            return laidOut;
        }
        return new StructureDiagram(smiles, atoms.stream().map(a -> new Atom(a.symbol(), a.charge(),
                a.implicitHydrogens(), a.x() / bondLength, a.y() / bondLength)).toList(), bonds, rings);
    }

    private static Bond bond(IBond bond, Map<IAtom, Integer> index) {
        int begin = index.get(bond.getBegin());
        int end = index.get(bond.getEnd());
        IBond.Order order = bond.getOrder();
        int numeric = order == null || order == IBond.Order.UNSET ? 1 : order.numeric();
        IBond.Stereo stereo = bond.getStereo() == null ? IBond.Stereo.NONE : bond.getStereo();
        return switch (stereo) {
            case UP -> new Bond(begin, end, numeric, bond.isAromatic(), Stereo.WEDGE);
            case UP_INVERTED -> new Bond(end, begin, numeric, bond.isAromatic(), Stereo.WEDGE);
            case DOWN -> new Bond(begin, end, numeric, bond.isAromatic(), Stereo.HASH);
            case DOWN_INVERTED -> new Bond(end, begin, numeric, bond.isAromatic(), Stereo.HASH);
            case UP_OR_DOWN -> new Bond(begin, end, numeric, bond.isAromatic(), Stereo.EITHER);
            case UP_OR_DOWN_INVERTED -> new Bond(end, begin, numeric, bond.isAromatic(), Stereo.EITHER);
            default -> new Bond(begin, end, numeric, bond.isAromatic(), Stereo.NONE);
        };
    }
}
