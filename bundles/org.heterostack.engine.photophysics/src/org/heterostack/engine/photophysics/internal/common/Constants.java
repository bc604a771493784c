package org.heterostack.engine.photophysics.internal.common;

/** CODATA 2018 constants (SI) shared by the photophysics models. */
public final class Constants {

    /** Elementary charge, C. */
    public static final double Q = 1.602176634e-19;
    /** Boltzmann constant, J/K. */
    public static final double KB = 1.380649e-23;
    /** Reduced Planck constant, J s. */
    public static final double HBAR = 1.054571817e-34;
    /** Electron rest mass, kg. */
    public static final double M0 = 9.1093837015e-31;
    /** Vacuum permittivity, F/m. */
    public static final double EPS0 = 8.8541878128e-12;
    /** One debye in C m. */
    public static final double DEBYE = 3.33564095e-30;
    /** Rydberg energy, eV. */
    public static final double RYDBERG_EV = 13.605693122994;
    /** hbar^2 / (2 m0) in eV Angstrom^2. */
    public static final double HBAR2_2M0_EV_A2 = HBAR * HBAR / (2.0 * M0) / Q * 1e20;
    /** e^2 / (4 pi eps0) in eV Angstrom. */
    public static final double COULOMB_EV_A = Q / (4.0 * Math.PI * EPS0) * 1e10;

    private Constants() {
    }
}
