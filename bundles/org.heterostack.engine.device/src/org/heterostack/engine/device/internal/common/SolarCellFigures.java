package org.heterostack.engine.device.internal.common;

/**
 * Figures of merit of an illuminated J-V curve, photocurrent counted positive.
 *
 * <p>The fill factor is the usual P_max / (Jsc Voc) wherever that is at most 100 % and the maximum power lies
 * before open circuit (every diode-like curve, and the small current rises of hysteretic scans). Otherwise (a curve
 * whose current rises well above Jsc, or that crosses J = 0 more than once) it is P_max / (J_ref V_ref), V_ref the
 * larger of Voc and Vmp, J_ref the larger of Jsc and the highest current between 0 and V_ref, so it never exceeds
 * 100 %, and {@link #shapeWarning()} says why the curve is not diode-like.
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
                vocV, null);
    }

    /**
     * Builds the figures of a curve whose current may rise above Jsc before open circuit.
     *
     * @param jscMilliAmpPerCm2 short-circuit current density in mA/cm2
     * @param vocV open-circuit voltage in V
     * @param vmpV maximum-power voltage in V
     * @param jmpMilliAmpPerCm2 maximum-power current density in mA/cm2
     * @param irradianceMilliWattPerCm2 incident irradiance in mW/cm2 (100 for one sun)
     * @param peakMilliAmpPerCm2 the highest current density between 0 and {@code reachV} in mA/cm2
     * @param reachV the larger of Voc and Vmp in V (Vmp lies beyond Voc on a curve that crosses J = 0 again)
     * @param shapeWarning what is irregular about the curve, or null
     * @return the figures of merit, the fill factor relative to the larger of Jsc and the peak current times the
     *         larger of Voc and Vmp
     */
    public static SolarCellFigures of(double jscMilliAmpPerCm2, double vocV, double vmpV, double jmpMilliAmpPerCm2,
            double irradianceMilliWattPerCm2, double peakMilliAmpPerCm2, double reachV, String shapeWarning) {
        double pmax = vmpV * jmpMilliAmpPerCm2;
        double usual = jscMilliAmpPerCm2 * vocV;
        double denominator = pmax <= usual && reachV <= vocV ? usual
                : Math.max(jscMilliAmpPerCm2, peakMilliAmpPerCm2) * Math.max(vocV, reachV);
        double ff = denominator > 0 ? 100 * pmax / denominator : 0;
        return new SolarCellFigures(jscMilliAmpPerCm2, vocV, ff, 100 * pmax / irradianceMilliWattPerCm2, vmpV,
                jmpMilliAmpPerCm2, pmax, shapeWarning);
    }
}
