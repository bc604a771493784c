package org.heterostack.engine.stability.internal.common;

/**
 * Tail class of a spacer ligand as far as migration is concerned (review section 7: alkyl ammoniums stay at the
 * surface, aryl ammoniums penetrate deeper, bulky conjugated ligands impede migration).
 */
public enum SpacerClass {
    /** Linear or branched alkyl / cycloalkyl ammonium (BA, OA, neoPA, CYCL, CMA). */
    ALKYL,
    /** Small aryl or heteroaryl ammonium (PEA, FPEA, BzA, TEA, VBA before cross-linking, PEAMA). */
    ARYL,
    /** Bulky conjugated ammonium (pyrene-alkylammonium, 4Tm and derivatives). */
    BULKY_CONJUGATED
}
