package org.heterostack.engine.structure.internal.mismatch;

import org.heterostack.engine.structure.internal.StructureException;

/**
 * In-plane lattice mismatch of a 2D layer on a 3D perovskite, f = (a2D - a3D) / a3D.
 *
 * <p>Both lattice parameters must be on the same (pseudo-cubic) footing; 2D perovskite cells are usually
 * sqrt2 x sqrt2 supercells of the octahedral net, converted with {@link #pseudoCubicFromRotatedCell}.
 * Positive f: the 2D layer is larger than the 3D substrate (compressed when coherent).
 */
public final class LatticeMismatch {

    private LatticeMismatch() {
    }

    /**
     * Mismatch f (dimensionless, e.g. 0.012 = 1.2 %).
     *
     * @throws StructureException for non-positive lattice parameters
     */
    public static double fraction(double a2dInPlaneA, double a3dA) {
        if (!(a2dInPlaneA > 0.0) || !(a3dA > 0.0)) {
            throw new StructureException("lattice parameters must be positive (a2D = " + a2dInPlaneA + " A, a3D = "
                    + a3dA + " A)");
        }
        return (a2dInPlaneA - a3dA) / a3dA;
    }

    /** Pseudo-cubic parameter of a sqrt2 x sqrt2 in-plane cell a, b (Angstrom): sqrt(a b / 2). */
    public static double pseudoCubicFromRotatedCell(double aA, double bA) {
        if (!(aA > 0.0) || !(bA > 0.0)) {
            throw new StructureException("cell parameters must be positive (a = " + aA + " A, b = " + bA + " A)");
        }
        return Math.sqrt(aA * bA / 2.0);
    }
}
