package org.heterostack.engine.photophysics.internal.quantumwell;

import org.heterostack.engine.PhysicalConstants;
import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;

/**
 * Screening of the electron-hole attraction by the polar lattice (LO phonons) of the well, in Haken's form
 * (H. Haken, Fortschr. Phys. 6, 271 (1958); J. Pollmann, H. Buttner, Phys. Rev. B 16, 4480 (1977)):
 * V(r) = -e^2 / (4 pi eps0 eps_inf r) x [1 - s (1 - (exp(-r/r_e) + exp(-r/r_h)) / 2)] with
 * s = 1 - eps_inf/eps_s and polaron radii r_i = sqrt(hbar / (2 m_i omega_LO)).
 *
 * <p>The bracket is {@link #factor(double)}: 1 at r -&gt; 0 (a pair closer than the polaron radii sees only the
 * electronic eps_inf) and eps_inf/eps_s at r -&gt; infinity (the lattice polarisation follows a distant pair). A
 * compact exciton (in-plane radius below r_i, as in the 2D wells) therefore loses about the sum of the two polaron
 * self-energies of its binding. Assumptions: one effective LO mode; the lattice term is applied to the direct
 * interaction in the well only, the image charges keep eps_inf (the organic barrier has no comparable polar modes).
 *
 * @param strength        s = 1 - eps_inf/eps_s, 0 for no lattice screening
 * @param electronRadiusA electron polaron radius r_e, Angstrom
 * @param holeRadiusA     hole polaron radius r_h, Angstrom
 */
record PolaronScreening(double strength, double electronRadiusA, double holeRadiusA) {

    /** Validates the numbers. */
    PolaronScreening {
        if (!(strength >= 0.0 && strength < 1.0)) {
            throw new PhotophysicsException("polaron screening: strength 1 - eps_inf/eps_s must be in [0, 1), was "
                    + strength);
        }
        PhotophysicsException.requirePositive(electronRadiusA, "polaron screening: electron radius (A)");
        PhotophysicsException.requirePositive(holeRadiusA, "polaron screening: hole radius (A)");
    }

    /** No lattice screening: the bare eps_inf Coulomb interaction. */
    static PolaronScreening none() {
        return new PolaronScreening(0.0, 1.0, 1.0);
    }

    /**
     * Haken screening from bulk constants.
     *
     * @param epsInf          high-frequency permittivity (the well's eps_w)
     * @param epsStatic       static permittivity, at least eps_inf
     * @param phononEnergyMeV effective LO phonon energy hbar omega_LO, meV
     * @param electronMassRel electron band mass, m0
     * @param holeMassRel     hole band mass, m0
     */
    static PolaronScreening haken(double epsInf, double epsStatic, double phononEnergyMeV, double electronMassRel,
            double holeMassRel) {
        PhotophysicsException.requirePositive(epsInf, "polaron screening: eps_inf");
        PhotophysicsException.requirePositive(phononEnergyMeV, "polaron screening: LO phonon energy (meV)");
        if (!(epsStatic >= epsInf)) {
            throw new PhotophysicsException("polaron screening: static permittivity " + epsStatic
                    + " is below the high-frequency permittivity " + epsInf);
        }
        return new PolaronScreening(1.0 - epsInf / epsStatic, radiusA(electronMassRel, phononEnergyMeV),
                radiusA(holeMassRel, phononEnergyMeV));
    }

    /** Polaron radius sqrt(hbar^2 / (2 m hbar omega)), Angstrom. */
    static double radiusA(double massRel, double phononEnergyMeV) {
        PhotophysicsException.requirePositive(massRel, "polaron screening: mass (m0)");
        return Math.sqrt(PhysicalConstants.HBAR2_OVER_2_ELECTRON_MASS_EV_ANGSTROM2 / (massRel * phononEnergyMeV / 1000.0));
    }

    /** The Haken bracket at separation r (Angstrom): the interaction relative to the bare eps_inf Coulomb term. */
    double factor(double rA) {
        if (strength == 0.0) {
            return 1.0;
        }
        return 1.0 - strength * (1.0 - 0.5 * (Math.exp(-rA / electronRadiusA) + Math.exp(-rA / holeRadiusA)));
    }
}
