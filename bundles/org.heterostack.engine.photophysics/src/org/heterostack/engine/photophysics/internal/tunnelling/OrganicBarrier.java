package org.heterostack.engine.photophysics.internal.tunnelling;

import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;

/**
 * Rectangular barrier formed by the organic spacer layer for out-of-plane transport.
 *
 * @param widthM        barrier width d, m (e.g. the organic gap of the stacking model: BA bilayer 7.5 A,
 *                      PEA bilayer 10.0 A, DJ single molecule ~4 A)
 * @param heightEv      barrier height phi, eV: the offset between the inorganic band edge and the nearest
 *                      organic frontier level (LUMO for electrons, HOMO for holes); conjugated ligands
 *                      (thiophene, pyrene) bring their levels close to the edges and lower phi
 * @param massRel       tunnelling effective mass, units of m0 (1.0 = free electron, a common choice for
 *                      molecular layers)
 */
public record OrganicBarrier(double widthM, double heightEv, double massRel) {

    /** Validates positive parameters. */
    public OrganicBarrier {
        PhotophysicsException.requirePositive(widthM, "tunnelling: barrier width (m)");
        PhotophysicsException.requirePositive(heightEv, "tunnelling: barrier height (eV)");
        PhotophysicsException.requirePositive(massRel, "tunnelling: effective mass (m0)");
    }

    /**
     * Barrier from level offsets: phi = |E_organic - E_inorganic| for the carrier's band.
     *
     * @param widthM           barrier width, m
     * @param inorganicEdgeEv  inorganic band edge (CBM for electrons, VBM for holes) vs vacuum, eV
     * @param organicLevelEv   organic frontier level (LUMO for electrons, HOMO for holes) vs vacuum, eV
     * @param massRel          tunnelling mass, m0
     * @throws PhotophysicsException if the organic level lies on the transmitting side of the edge (no barrier)
     */
    public static OrganicBarrier fromLevels(double widthM, double inorganicEdgeEv, double organicLevelEv,
            double massRel) {
        double phi = Math.abs(organicLevelEv - inorganicEdgeEv);
        if (phi == 0.0) {
            throw new PhotophysicsException("tunnelling: organic level equals the inorganic edge, no barrier (resonant transport)");
        }
        return new OrganicBarrier(widthM, phi, massRel);
    }
}
