package org.heterostack.engine.structure.internal.composition;

/**
 * The three sites of an ABX3 perovskite, with the coordination number whose radius each takes by convention: XII
 * for the cuboctahedral A site, VI for the octahedral B site and for X (Shannon's anion radii are tabulated mostly
 * for CN VI), as Bartel et al., Sci. Adv. 5, eaav0693 (2019) did.
 */
public enum Site {
    /** A site: the large cation in the cuboctahedral cavity (Cs+, MA+, FA+, Sr2+, La3+). */
    A(12, 1),
    /** B site: the cation in the octahedron (Pb2+, Sn2+, Ti4+, Nb5+). */
    B(6, 1),
    /** X site: the anion (I-, Br-, Cl-, F-, O2-). */
    X(6, 3);

    private final int coordination;
    private final int count;

    Site(int coordination, int count) {
        this.coordination = coordination;
        this.count = count;
    }

    /** The coordination number of the site's convention (XII for A, VI for B and X). */
    public int conventionalCoordination() {
        return coordination;
    }

    /** How many of the site a formula unit ABX3 has (1, 1, 3). */
    public int perFormulaUnit() {
        return count;
    }

    /** True for the anion site. */
    public boolean anion() {
        return this == X;
    }
}
