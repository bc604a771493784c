package org.heterostack.chem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A molecule or ion laid out in two dimensions for drawing, as a chemist draws it: heavy atoms with their
 * hydrogens implicit (counted on the atom), Kekulé bond orders with aromatic bonds flagged, and wedge or hash
 * bonds where the structure has stereocentres. Coordinates are in units of the median bond length (so a typical
 * bond is 1 long), with y pointing up as on paper; a viewer scales and flips them.
 *
 * @param smiles the structure it was laid out from
 * @param atoms  the heavy atoms, in the order of the SMILES
 * @param bonds  the bonds between them
 * @param rings  the smallest set of smallest rings, each as the indices of its atoms in ring order
 * @since 0.2
 */
public record StructureDiagram(String smiles, List<Atom> atoms, List<Bond> bonds, List<List<Integer>> rings) {

    /**
     * @param smiles the structure it was laid out from
     * @param atoms  the heavy atoms
     * @param bonds  the bonds between them
     * @param rings  the smallest set of smallest rings
     */
    public StructureDiagram {
        atoms = List.copyOf(atoms);
        bonds = List.copyOf(bonds);
        rings = rings.stream().map(List::copyOf).toList();
    }

    /**
     * One atom of the drawing.
     *
     * @param symbol            element symbol, e.g. {@code N}
     * @param charge            formal charge in units of e
     * @param implicitHydrogens hydrogens on this atom (not drawn as atoms of their own)
     * @param x                 abscissa, in bond lengths
     * @param y                 ordinate, in bond lengths, pointing up
     */
    public record Atom(String symbol, int charge, int implicitHydrogens, double x, double y) {
    }

    /** How a bond leaves the paper plane, seen from its {@link Bond#begin()} atom (the narrow end of a wedge). */
    public enum Stereo {
        /** In the plane (a plain line). */
        NONE,
        /** Towards the viewer (solid wedge). */
        WEDGE,
        /** Away from the viewer (hashed wedge). */
        HASH,
        /** Either, unknown configuration (wavy line). */
        EITHER
    }

    /**
     * One bond of the drawing.
     *
     * @param begin    index of the first atom in {@link StructureDiagram#atoms()} (the narrow end of a wedge)
     * @param end      index of the second atom
     * @param order    1, 2 or 3 (aromatic rings in a Kekulé structure)
     * @param aromatic whether the bond belongs to an aromatic system
     * @param stereo   wedge or hash, else {@link Stereo#NONE}
     */
    public record Bond(int begin, int end, int order, boolean aromatic, Stereo stereo) {

        /**
         * @param atom one atom of this bond
         * @return the other one
         */
        public int other(int atom) {
            return atom == begin ? end : begin;
        }
    }

    /**
     * @param atom index of an atom
     * @return the indices of the atoms bonded to it
     */
    public List<Integer> neighbours(int atom) {
        List<Integer> neighbours = new ArrayList<>();
        for (Bond bond : bonds) {
            if (bond.begin() == atom || bond.end() == atom) {
                neighbours.add(bond.other(atom));
            }
        }
        return neighbours;
    }

    /**
     * @param bond a bond
     * @return its length in the drawing
     */
    public double length(Bond bond) {
        Atom a = atoms.get(bond.begin());
        Atom b = atoms.get(bond.end());
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    /** @return the median bond length (1 as laid out), 1 when there are no bonds */
    public double medianBondLength() {
        if (bonds.isEmpty()) {
            return 1;
        }
        double[] lengths = bonds.stream().mapToDouble(this::length).toArray();
        Arrays.sort(lengths);
        int middle = lengths.length / 2;
        return lengths.length % 2 == 1 ? lengths[middle] : (lengths[middle - 1] + lengths[middle]) / 2;
    }
}
