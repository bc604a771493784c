package org.heterostack.engine.device.internal.common;

/**
 * Figures of merit of an illuminated J-V curve, photocurrent counted positive.
 *
 * @param jscMilliAmpPerCm2 short-circuit current density in mA/cm2
 * @param vocV open-circuit voltage in V
 * @param ffPercent fill factor in %
 * @param pcePercent power conversion efficiency in % of the incident irradiance
 * @param vmpV voltage at the maximum power point in V
 * @param jmpMilliAmpPerCm2 current density at the maximum power point in mA/cm2
 * @param pmaxMilliWattPerCm2 maximum output power density in mW/cm2
 */
public record SolarCellFigures(double jscMilliAmpPerCm2, double vocV, double ffPercent, double pcePercent,
        double vmpV, double jmpMilliAmpPerCm2, double pmaxMilliWattPerCm2) {

    /**
     * Builds the figures from the short-circuit, open-circuit and maximum power points.
     *
     * @param jscMilliAmpPerCm2 short-circuit current density in mA/cm2
     * @param vocV open-circuit voltage in V
     * @param vmpV maximum-power voltage in V
     * @param jmpMilliAmpPerCm2 maximum-power current density in mA/cm2
     * @param irradianceMilliWattPerCm2 incident irradiance in mW/cm2 (100 for one sun)
     * @return the figures of merit
     */
    public static SolarCellFigures of(double jscMilliAmpPerCm2, double vocV, double vmpV, double jmpMilliAmpPerCm2,
            double irradianceMilliWattPerCm2) {
        double pmax = vmpV * jmpMilliAmpPerCm2;
        double denominator = jscMilliAmpPerCm2 * vocV;
        double ff = denominator > 0 ? 100 * pmax / denominator : 0;
        return new SolarCellFigures(jscMilliAmpPerCm2, vocV, ff, 100 * pmax / irradianceMilliWattPerCm2, vmpV,
                jmpMilliAmpPerCm2, pmax);
    }
}
