package org.heterostack.engine.device.internal.common;

/**
 * Figures of merit of an illuminated J-V curve, photocurrent counted positive.
 *
 * <p>The fill factor is P_max / (J_ref Voc) with J_ref the larger of Jsc and the highest current between 0 and Voc:
 * for every curve whose current does not rise above Jsc before open circuit (every diode-like curve) this is the
 * usual P_max / (Jsc Voc); for a curve whose current rises with voltage (an S-shaped or transient curve) it keeps the
 * fill factor at or below 100 %, and {@link #shapeWarning()} says so.
 *
 * @param jscMilliAmpPerCm2 short-circuit current density in mA/cm2
 * @param vocV open-circuit voltage in V
 * @param ffPercent fill factor in %
 * @param pcePercent power conversion efficiency in % of the incident irradiance
 * @param vmpV voltage at the maximum power point in V
 * @param jmpMilliAmpPerCm2 current density at the maximum power point in mA/cm2
 * @param pmaxMilliWattPerCm2 maximum output power density in mW/cm2
 * @param shapeWarning what is irregular about the curve (S-shaped, current above Jsc), or null for a regular curve
 */
public record SolarCellFigures(double jscMilliAmpPerCm2, double vocV, double ffPercent, double pcePercent,
        double vmpV, double jmpMilliAmpPerCm2, double pmaxMilliWattPerCm2, String shapeWarning) {

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
        return of(jscMilliAmpPerCm2, vocV, vmpV, jmpMilliAmpPerCm2, irradianceMilliWattPerCm2, jscMilliAmpPerCm2,
                null);
    }

    /**
     * Builds the figures of a curve whose current may rise above Jsc before open circuit.
     *
     * @param jscMilliAmpPerCm2 short-circuit current density in mA/cm2
     * @param vocV open-circuit voltage in V
     * @param vmpV maximum-power voltage in V
     * @param jmpMilliAmpPerCm2 maximum-power current density in mA/cm2
     * @param irradianceMilliWattPerCm2 incident irradiance in mW/cm2 (100 for one sun)
     * @param peakMilliAmpPerCm2 the highest current density between 0 and Voc in mA/cm2
     * @param shapeWarning what is irregular about the curve, or null
     * @return the figures of merit, the fill factor relative to the larger of Jsc and the peak current
     */
    public static SolarCellFigures of(double jscMilliAmpPerCm2, double vocV, double vmpV, double jmpMilliAmpPerCm2,
            double irradianceMilliWattPerCm2, double peakMilliAmpPerCm2, String shapeWarning) {
        double pmax = vmpV * jmpMilliAmpPerCm2;
        double denominator = Math.max(jscMilliAmpPerCm2, peakMilliAmpPerCm2) * vocV;
        double ff = denominator > 0 ? 100 * pmax / denominator : 0;
        return new SolarCellFigures(jscMilliAmpPerCm2, vocV, ff, 100 * pmax / irradianceMilliWattPerCm2, vmpV,
                jmpMilliAmpPerCm2, pmax, shapeWarning);
    }
}
