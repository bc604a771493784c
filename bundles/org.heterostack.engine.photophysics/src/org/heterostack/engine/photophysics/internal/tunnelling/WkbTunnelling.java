package org.heterostack.engine.photophysics.internal.tunnelling;

import org.heterostack.engine.PhysicalConstants;

/**
 * Out-of-plane transmission through the organic spacer layer in the WKB approximation for a rectangular
 * barrier: T = exp(-2 d sqrt(2 m* phi) / hbar) (e.g. Sze and Ng, Physics of Semiconductor Devices, 3rd ed.,
 * ch. 2; applied to 2D perovskites in the review of Ma, Sun, Dou, Chem. Commun. 60, 7824 (2024), section 3.3).
 * Validity: T &lt;&lt; 1 (opaque barrier, 2 kappa d &gt;&gt; 1); the carrier energy is taken at the band edge, so
 * phi is the full offset. Thinner (DJ, short ligands) or lower (conjugated ligands) barriers transmit
 * exponentially more.
 */
public final class WkbTunnelling {

    private WkbTunnelling() {
    }

    /** Decay constant kappa = sqrt(2 m* phi)/hbar, 1/m. */
    public static double decayConstantPerM(OrganicBarrier b) {
        return Math.sqrt(2.0 * b.massRel() * PhysicalConstants.ELECTRON_MASS_KG * b.heightEv() * PhysicalConstants.ELEMENTARY_CHARGE_C) / PhysicalConstants.REDUCED_PLANCK_J_S;
    }

    /** Transmission probability T in (0, 1). */
    public static double transmission(OrganicBarrier b) {
        return Math.exp(-2.0 * b.widthM() * decayConstantPerM(b));
    }
}
