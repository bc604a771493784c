package org.heterostack.engine.device.internal.led;

/**
 * External quantum efficiency of an LED as the product EQE = gamma x eta_rad x chi x eta_out (charge balance,
 * radiative efficiency, spin factor, outcoupling; Tsutsui, MRS Bull. 22 (1997) 39; for perovskite LEDs
 * Stranks &amp; Snaith, Nat. Nanotechnol. 10 (2015) 391), with helpers that derive the factors from device
 * quantities. Assumes the factors are independent (no photon recycling, no current-dependent roll-off
 * beyond what the caller puts into eta_rad).
 */
public final class LedEfficiencyModel {

    private LedEfficiencyModel() {
    }

    /**
     * @param input the four factors
     * @return external quantum efficiency, fraction in [0, 1] (multiply by 100 for %)
     */
    public static double externalQuantumEfficiency(LedEfficiencyInput input) {
        return input.chargeBalance() * input.radiativeEfficiency() * input.spinFactor()
                * input.outcouplingEfficiency();
    }

    /**
     * Charge balance from the electron and hole current densities injected into the emitter: the minority
     * injection limits recombination, gamma = min(Je, Jh)/max(Je, Jh).
     *
     * @param electronCurrentAPerM2 electron current density in A/m2 (&gt;= 0)
     * @param holeCurrentAPerM2 hole current density in A/m2 (&gt;= 0)
     * @return gamma in [0, 1]
     */
    public static double chargeBalance(double electronCurrentAPerM2, double holeCurrentAPerM2) {
        if (!(electronCurrentAPerM2 >= 0 && holeCurrentAPerM2 >= 0)
                || electronCurrentAPerM2 + holeCurrentAPerM2 == 0) {
            throw new LedException("charge balance needs non-negative currents, not both zero; got Je "
                    + electronCurrentAPerM2 + " A/m2, Jh " + holeCurrentAPerM2 + " A/m2");
        }
        return Math.min(electronCurrentAPerM2, holeCurrentAPerM2)
                / Math.max(electronCurrentAPerM2, holeCurrentAPerM2);
    }

    /**
     * Internal radiative efficiency of the ABC recombination model at carrier density n (n = p):
     * eta_rad = B n^2 / (A n + B n^2 + C n^3) (e.g. Richter et al., Nat. Commun. 7 (2016) 13941).
     *
     * @param monomolecularPerS A (trap-assisted) in 1/s
     * @param radiativeM3PerS B in m3/s (MAPbI3 ~ 1e-16)
     * @param augerM6PerS C in m6/s (MAPbI3 ~ 1e-40)
     * @param carrierDensityPerM3 n in m-3 (&gt; 0)
     * @return eta_rad in [0, 1]
     */
    public static double radiativeEfficiencyAbc(double monomolecularPerS, double radiativeM3PerS,
            double augerM6PerS, double carrierDensityPerM3) {
        if (!(monomolecularPerS >= 0 && radiativeM3PerS > 0 && augerM6PerS >= 0 && carrierDensityPerM3 > 0)) {
            throw new LedException("ABC model needs A >= 0, B > 0, C >= 0, n > 0; got A " + monomolecularPerS
                    + " 1/s, B " + radiativeM3PerS + " m3/s, C " + augerM6PerS + " m6/s, n " + carrierDensityPerM3
                    + " m-3");
        }
        double n = carrierDensityPerM3;
        double rad = radiativeM3PerS * n;
        return rad / (monomolecularPerS + rad + augerM6PerS * n * n);
    }

    /**
     * Ray-optics outcoupling of a planar isotropic emitter into air, eta_out = 1/(2 n^2) (Greenham, Friend
     * &amp; Bradley, Adv. Mater. 6 (1994) 491).
     *
     * @param refractiveIndex emitter refractive index n (&gt;= 1)
     * @return eta_out in (0, 0.5]
     */
    public static double planarOutcoupling(double refractiveIndex) {
        if (!(refractiveIndex >= 1)) {
            throw new LedException("refractive index " + refractiveIndex + " below 1");
        }
        return 1 / (2 * refractiveIndex * refractiveIndex);
    }
}
