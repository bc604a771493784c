package org.heterostack.engine.structure.internal.layered;

/**
 * A layered perovskite resolved from spacer + 3D composition + n.
 *
 * @param phase   RP, DJ or ACI
 * @param n       number of octahedral layers per slab (&gt;= 1)
 * @param formula formula text, e.g. {@code (BA)2(MA)2Pb3I10}
 */
public record LayeredStructure(LayeredPhase phase, int n, String formula) {
}
