package org.heterostack.engine.structure.internal.stacking;

/**
 * One low-angle reflection of an n phase.
 *
 * @param n                   octahedral layers per slab
 * @param order               order l of the layer repeat d(n): d_l = d(n) / l
 * @param crystallographicL   index in the conventional cell, l x (layers per cell): (002) for the first order of an
 *                            RP phase, (001) for DJ
 * @param dSpacingA           d(n) / l in Angstrom
 * @param twoThetaDeg         Bragg angle 2 theta in degrees for the chosen wavelength
 */
public record XrdReflection(int n, int order, int crystallographicL, double dSpacingA, double twoThetaDeg) {
}
