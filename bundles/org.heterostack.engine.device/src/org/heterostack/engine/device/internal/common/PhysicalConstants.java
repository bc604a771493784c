package org.heterostack.engine.device.internal.common;

/**
 * SI values of the physical constants used by the device engines (CODATA 2018, exact since the 2019 SI
 * redefinition).
 */
public final class PhysicalConstants {

    /** Elementary charge q in C. */
    public static final double ELEMENTARY_CHARGE_C = 1.602176634e-19;
    /** Boltzmann constant k in J/K. */
    public static final double BOLTZMANN_J_PER_K = 1.380649e-23;
    /** Planck constant h in J s. */
    public static final double PLANCK_J_S = 6.62607015e-34;
    /** Speed of light in vacuum c in m/s. */
    public static final double SPEED_OF_LIGHT_M_PER_S = 299792458.0;
    /** Vacuum permittivity eps0 in F/m (CODATA 2018). */
    public static final double VACUUM_PERMITTIVITY_F_PER_M = 8.8541878128e-12;
    /** hc/q in eV nm: photon energy E[eV] = 1239.84 / wavelength[nm]. */
    public static final double HC_EV_NM = PLANCK_J_S * SPEED_OF_LIGHT_M_PER_S / ELEMENTARY_CHARGE_C * 1e9;
    /** One mA/cm2 expressed in A/m2. */
    public static final double A_PER_M2_PER_MA_PER_CM2 = 10.0;
    /** Standard test condition irradiance, 100 mW/cm2 = 1000 W/m2. */
    public static final double ONE_SUN_W_PER_M2 = 1000.0;

    private PhysicalConstants() {
    }

    /**
     * Thermal voltage kT/q in V.
     *
     * @param temperatureK absolute temperature in K
     * @return kT/q in V
     */
    public static double thermalVoltageV(double temperatureK) {
        return BOLTZMANN_J_PER_K * temperatureK / ELEMENTARY_CHARGE_C;
    }
}
