package org.heterostack.engine.photophysics.internal.dipole;

import org.heterostack.engine.PhysicalConstants;
import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;

/**
 * Electrostatic potential step of a sheet of oriented molecular dipoles at an interface (Helmholtz equation):
 * dV = N mu_perp / (eps0 epsr).
 *
 * <p>N is the areal density of ligands (m^-2), mu_perp the dipole component normal to the interface and epsr
 * the relative permittivity of the dipole layer (depolarisation of a dense layer is folded into epsr).
 * Sign: the potential rises along the dipole moment, so a positive mu_perp (positive end pointing away from
 * the absorber) gives dV &gt; 0, lowers the electron vacuum level on the outer side by dV (work-function
 * decrease) and shifts the outer layer's bands down by dV relative to the absorber
 * ({@code outer.shiftedBy(-dV)}). Reference: e.g. Kahn,
 * Mater. Horiz. 3, 7 (2016); Ishii et al., Adv. Mater. 11, 605 (1999). For ammonium spacers on PbI2-terminated
 * surfaces typical densities are ~1-3 x 10^18 m^-2 (one ligand per 1-2 surface octahedra of 39 A^2).
 */
public final class InterfaceDipole {

    private InterfaceDipole() {
    }

    /**
     * Potential step in volts (= energy shift in eV of an electron's vacuum level).
     *
     * @param arealDensityM2 ligand areal density N, m^-2 (&gt; 0)
     * @param dipoleDebye    normal dipole component mu_perp, debye (sign gives direction)
     * @param epsilonR       relative permittivity of the dipole layer (&gt; 0)
     */
    public static double potentialStepV(double arealDensityM2, double dipoleDebye, double epsilonR) {
        PhotophysicsException.requirePositive(arealDensityM2, "dipole: ligand areal density (m^-2)");
        PhotophysicsException.requirePositive(epsilonR, "dipole: relative permittivity");
        if (!Double.isFinite(dipoleDebye)) {
            throw new PhotophysicsException("dipole: dipole moment must be finite, was " + dipoleDebye);
        }
        return arealDensityM2 * dipoleDebye * PhysicalConstants.DEBYE_C_M / (PhysicalConstants.VACUUM_PERMITTIVITY_F_PER_M * epsilonR);
    }
}
