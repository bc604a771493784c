package org.heterostack.engine.structure.internal.layered;

/**
 * Phase families of layered (2D) halide perovskites, with their general formula and the number of inorganic
 * layers per crystallographic repeat along the stacking axis (needed to index (00l) reflections).
 */
public enum LayeredPhase {
    /**
     * Ruddlesden-Popper, A'2 A(n-1) Bn X(3n+1), monovalent spacer bilayer; adjacent layers offset by
     * (1/2, 1/2), so the conventional cell holds two layers along the stacking axis (e.g. (BA)2PbI4, Pbca,
     * c = 27.6 A for a layer spacing of 13.8 A; Stoumpos et al., Chem. Mater. 28, 2852 (2016)).
     */
    RUDDLESDEN_POPPER("RP", 2),
    /**
     * Dion-Jacobson, A' A(n-1) Bn X(3n+1), divalent spacer; eclipsed stacking, one layer per cell
     * (Mao et al., J. Am. Chem. Soc. 140, 3775 (2018)).
     */
    DION_JACOBSON("DJ", 1),
    /**
     * Alternating cations in the interlayer, A' An Bn X(3n+1) with A' = guanidinium (Soe et al., J. Am. Chem.
     * Soc. 139, 16297 (2017)); layers offset as in RP, two layers per cell assumed (check the actual cell).
     */
    ALTERNATING_CATION("ACI", 2);

    private final String shortName;
    private final int layersPerCell;

    LayeredPhase(String shortName, int layersPerCell) {
        this.shortName = shortName;
        this.layersPerCell = layersPerCell;
    }

    /** RP, DJ or ACI. */
    public String shortName() {
        return shortName;
    }

    /** Inorganic layers per crystallographic repeat along the stacking axis. */
    public int layersPerCell() {
        return layersPerCell;
    }
}
