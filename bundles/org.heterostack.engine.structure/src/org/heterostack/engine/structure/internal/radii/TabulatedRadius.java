package org.heterostack.engine.structure.internal.radii;

/**
 * One tabulated radius: an ion in one oxidation state, coordination number and spin state.
 *
 * @param ion            ion symbol as written on a site, e.g. {@code "Pb"}, {@code "MA"}
 * @param oxidationState formal charge, e.g. +2 for Pb2+, -1 for I-
 * @param coordination   coordination number the radius belongs to; 0 for an effective radius of a molecular ion,
 *                       which has none
 * @param spin           {@code "HS"}, {@code "LS"} or empty when the table gives no spin state
 * @param radiusA        radius in Angstrom (&gt; 0)
 * @param dElectrons     number of d electrons of the ion (from its electron configuration), -1 when not a d ion
 * @param source         where the value comes from, e.g. {@code "Shannon 1976 ionic radius"}
 */
public record TabulatedRadius(String ion, int oxidationState, int coordination, String spin, double radiusA,
        int dElectrons, String source) {

    /** True for an effective radius of a molecular ion (no coordination number). */
    public boolean molecular() {
        return coordination == 0;
    }
}
