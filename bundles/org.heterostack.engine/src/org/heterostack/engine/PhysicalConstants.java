package org.heterostack.engine;

/**
 * The physical constants every engine shares, in SI units unless the name says otherwise. Values are the CODATA
 * 2018 recommended values (E. Tiesinga, P. J. Mohr, D. B. Newell, B. N. Taylor, "CODATA recommended values of the
 * fundamental physical constants: 2018", Rev. Mod. Phys. 93, 025010 (2021), doi:10.1103/RevModPhys.93.025010);
 * q, k, h, c and N_A are exact since the 2019 redefinition of the SI. Combinations used by several models are
 * derived here from those values, never typed in a second time.
 *
 * @since 0.4
 */
public final class PhysicalConstants {

    /** Elementary charge q in C (exact). */
    public static final double ELEMENTARY_CHARGE_C = 1.602176634e-19;
    /** Boltzmann constant k in J/K (exact). */
    public static final double BOLTZMANN_J_PER_K = 1.380649e-23;
    /** Boltzmann constant k/q in eV/K (exact, 8.617333262e-5). */
    public static final double BOLTZMANN_EV_PER_K = BOLTZMANN_J_PER_K / ELEMENTARY_CHARGE_C;
    /** Planck constant h in J s (exact). */
    public static final double PLANCK_J_S = 6.62607015e-34;
    /** Reduced Planck constant hbar = h / (2 pi) in J s. */
    public static final double REDUCED_PLANCK_J_S = PLANCK_J_S / (2.0 * Math.PI);
    /** Speed of light in vacuum c in m/s (exact). */
    public static final double SPEED_OF_LIGHT_M_PER_S = 299_792_458.0;
    /** Vacuum electric permittivity eps0 in F/m. */
    public static final double VACUUM_PERMITTIVITY_F_PER_M = 8.8541878128e-12;
    /** Electron rest mass m0 in kg. */
    public static final double ELECTRON_MASS_KG = 9.1093837015e-31;
    /** Rydberg energy R_inf h c in eV (13.605693122994 eV). */
    public static final double RYDBERG_ENERGY_EV = 13.605693122994;
    /** Molar gas constant R = N_A k in J/(mol K) (exact). */
    public static final double GAS_CONSTANT_J_PER_MOL_K = 8.314462618;
    /** One debye in C m: 1e-21 / c (the unit of molecular dipole moments). */
    public static final double DEBYE_C_M = 1e-21 / SPEED_OF_LIGHT_M_PER_S;

    /** h c / q in eV nm: a photon of wavelength lambda [nm] carries 1239.84 / lambda eV. */
    public static final double HC_EV_NM = PLANCK_J_S * SPEED_OF_LIGHT_M_PER_S / ELEMENTARY_CHARGE_C * 1e9;
    /** hbar^2 / (2 m0) in eV Angstrom^2 (3.80998 eV A^2), the kinetic-energy scale of confinement. */
    public static final double HBAR2_OVER_2_ELECTRON_MASS_EV_ANGSTROM2 = REDUCED_PLANCK_J_S * REDUCED_PLANCK_J_S
            / (2.0 * ELECTRON_MASS_KG) / ELEMENTARY_CHARGE_C * 1e20;
    /** q^2 / (4 pi eps0) in eV Angstrom (14.3996 eV A), the Coulomb energy scale. */
    public static final double COULOMB_EV_ANGSTROM = ELEMENTARY_CHARGE_C / (4.0 * Math.PI * VACUUM_PERMITTIVITY_F_PER_M)
            * 1e10;

    /** 0 degrees Celsius in K (exact, definition of the Celsius scale). */
    public static final double ZERO_CELSIUS_K = 273.15;
    /** Seconds in one hour. */
    public static final double SECONDS_PER_HOUR = 3600.0;
    /** One mA/cm2 in A/m2. */
    public static final double A_PER_M2_PER_MA_PER_CM2 = 10.0;
    /** One sun, the standard test irradiance of 100 mW/cm2 (IEC 60904-3), in W/m2. */
    public static final double ONE_SUN_W_PER_M2 = 1000.0;

    private PhysicalConstants() {
    }

    /**
     * @param temperatureK absolute temperature in K
     * @return the thermal voltage kT/q in V
     */
    public static double thermalVoltageV(double temperatureK) {
        return BOLTZMANN_J_PER_K * temperatureK / ELEMENTARY_CHARGE_C;
    }

    /**
     * @param celsius a temperature in degrees Celsius
     * @return the same temperature in K
     */
    public static double celsiusToKelvin(double celsius) {
        return celsius + ZERO_CELSIUS_K;
    }
}
