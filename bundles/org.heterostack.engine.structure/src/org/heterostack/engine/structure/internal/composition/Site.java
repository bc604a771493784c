package org.heterostack.engine.structure.internal.composition;

/** The three sites of an ABX3 perovskite. */
public enum Site {
    /** A site: monovalent cation in the cuboctahedral cavity (Cs+, MA+, FA+). */
    A,
    /** B site: divalent metal in the octahedron (Pb2+, Sn2+). */
    B,
    /** X site: halide anion (I-, Br-, Cl-). */
    X
}
