package org.example.slme.internal;

/**
 * Figures of merit of the SLME cell.
 *
 * @param efficiencyPercent  SLME = P_max / P_in in %
 * @param jscMilliAmpPerCm2  short-circuit current density in mA/cm2
 * @param vocV               open-circuit voltage in V
 * @param fillFactorPercent  fill factor in %
 * @param maxPowerWPerM2     maximum power density in W/m2
 * @param radiativeFraction  f_r = exp(-(E_g^da - E_g)/kT), dimensionless
 * @param lnJ0APerM2         natural logarithm of the dark saturation current density J0 in A/m2
 */
public record SlmeResult(double efficiencyPercent, double jscMilliAmpPerCm2, double vocV, double fillFactorPercent,
        double maxPowerWPerM2, double radiativeFraction, double lnJ0APerM2) {
}
