package org.heterostack.engine.stability.internal.common;

/** Physical constants (CODATA 2018 exact or recommended values) used by the stability models. */
public final class PhysicalConstants {

    /** Boltzmann constant in eV/K (CODATA 2018, exact). */
    public static final double BOLTZMANN_EV_PER_K = 8.617333262e-5;

    /** Molar gas constant in J/(mol K) (CODATA 2018, exact). */
    public static final double GAS_CONSTANT_J_PER_MOL_K = 8.314462618;

    /** Offset between the Celsius and the Kelvin scale, K. */
    public static final double ZERO_CELSIUS_K = 273.15;

    /** Seconds per hour. */
    public static final double SECONDS_PER_HOUR = 3600.0;

    private PhysicalConstants() {
    }

    /** @return the Kelvin temperature for a Celsius value */
    public static double celsiusToKelvin(double celsius) {
        return celsius + ZERO_CELSIUS_K;
    }
}
