package org.heterostack.engine.photophysics.internal.saha;

import org.heterostack.engine.PhysicalConstants;
import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;

/**
 * Free-carrier fraction of a photo-excited population in thermal equilibrium between excitons and free
 * electron-hole pairs (Saha-Langmuir balance, as applied to perovskites by D'Innocenzo et al., Nat. Commun.
 * 5, 3586 (2014), Eq. 1 and Saba et al., Nat. Commun. 5, 5049 (2014)).
 *
 * <p>x^2 / (1 - x) = (1/n) (mu kT / (2 pi hbar^2))^(3/2) exp(-Eb / kT), with n the total density of
 * excitations (m^-3), mu the exciton reduced mass and x the fraction of free carriers. Assumptions:
 * non-degenerate 3D gases, one exciton state (1s), no traps. For a single isolated 2D layer a 2D balance
 * (exponent 1 and a sheet density) would apply; in films of stacked layers the 3D form with the volume
 * density is the usual approximation.
 */
public final class SahaBalance {

    private SahaBalance() {
    }

    /**
     * Free-carrier fraction x in [0, 1].
     *
     * @param excitonBindingMeV exciton binding energy, meV (&gt; 0)
     * @param reducedMassRel    reduced mass, units of m0 (&gt; 0)
     * @param densityM3         total excitation density n, m^-3 (&gt; 0)
     * @param temperatureK      temperature, K (&gt; 0)
     * @throws PhotophysicsException for non-positive input
     */
    public static double freeCarrierFraction(double excitonBindingMeV, double reducedMassRel, double densityM3,
            double temperatureK) {
        PhotophysicsException.requirePositive(excitonBindingMeV, "Saha: exciton binding energy (meV)");
        PhotophysicsException.requirePositive(reducedMassRel, "Saha: reduced mass (m0)");
        PhotophysicsException.requirePositive(densityM3, "Saha: excitation density (m^-3)");
        PhotophysicsException.requirePositive(temperatureK, "Saha: temperature (K)");
        double kT = PhysicalConstants.BOLTZMANN_J_PER_K * temperatureK;
        double nq = Math.pow(reducedMassRel * PhysicalConstants.ELECTRON_MASS_KG * kT / (2.0 * Math.PI * PhysicalConstants.REDUCED_PLANCK_J_S * PhysicalConstants.REDUCED_PLANCK_J_S), 1.5);
        double k = nq / densityM3 * Math.exp(-excitonBindingMeV * 1e-3 * PhysicalConstants.ELEMENTARY_CHARGE_C / kT);
        // x^2 + k x - k = 0, stable root
        return 2.0 * k / (k + Math.sqrt(k * k + 4.0 * k));
    }
}
