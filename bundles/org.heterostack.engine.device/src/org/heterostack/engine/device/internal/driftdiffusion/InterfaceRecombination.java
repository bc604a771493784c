package org.heterostack.engine.device.internal.driftdiffusion;

/**
 * SRH recombination at the interface between two adjacent layers (per unit area):
 * R_s = (n p - ni,s^2) / (n/v_p + p/v_n), with n taken on the side of the interface where electrons are more
 * abundant (lower conduction band) and p on the side where holes are (higher valence band); for an
 * ETL/perovskite interface this is IonMonger's R_l = (n_E p - ni^2/k_E)/(n_E/v_pE + p/v_nE) and for
 * perovskite/HTL R_r = (p_H n - ni^2/k_H)/(p_H/v_nH + n/v_pH) (Courtier et al. 2019, eqs. 13-14).
 *
 * @param electronVelocityMPerS v_n in m/s (&gt;= 0)
 * @param holeVelocityMPerS v_p in m/s (&gt;= 0)
 */
public record InterfaceRecombination(double electronVelocityMPerS, double holeVelocityMPerS) {

    /** Validates signs. */
    public InterfaceRecombination {
        if (!(electronVelocityMPerS >= 0 && holeVelocityMPerS >= 0)) {
            throw new DriftDiffusionException("interface recombination velocities must be >= 0, got v_n "
                    + electronVelocityMPerS + " m/s, v_p " + holeVelocityMPerS + " m/s");
        }
    }

    /** @return no interface recombination */
    public static InterfaceRecombination none() {
        return new InterfaceRecombination(0, 0);
    }

    /** @return true if recombination acts (both velocities positive) */
    boolean isActive() {
        return electronVelocityMPerS > 0 && holeVelocityMPerS > 0;
    }
}
