package org.heterostack.engine.device.internal.circuit;

import org.heterostack.engine.PhysicalConstants;

/**
 * Parameters of the one-diode equivalent circuit, SI units, areas normalised (per m2 of cell).
 *
 * @param photocurrentAPerM2 light-generated current density Jph in A/m2 (10 A/m2 = 1 mA/cm2); 0 for dark
 * @param saturationCurrentAPerM2 diode saturation current density J0 in A/m2 (&gt; 0)
 * @param idealityFactor diode ideality n (1 = band-to-band, 2 = mid-gap SRH), 0.5-10
 * @param seriesResistanceOhmM2 series resistance Rs in Ohm m2 (1 Ohm cm2 = 1e-4 Ohm m2), &gt;= 0
 * @param shuntResistanceOhmM2 shunt resistance Rsh in Ohm m2, &gt; 0; {@code Double.POSITIVE_INFINITY} for
 *        no shunt
 * @param temperatureK cell temperature in K
 */
public record OneDiodeParameters(double photocurrentAPerM2, double saturationCurrentAPerM2, double idealityFactor,
        double seriesResistanceOhmM2, double shuntResistanceOhmM2, double temperatureK) {

    /** Validates the ranges. */
    public OneDiodeParameters {
        check(photocurrentAPerM2 >= 0 && Double.isFinite(photocurrentAPerM2), "photocurrent", photocurrentAPerM2,
                ">= 0 A/m2");
        check(saturationCurrentAPerM2 > 0 && Double.isFinite(saturationCurrentAPerM2), "saturation current",
                saturationCurrentAPerM2, "> 0 A/m2");
        check(idealityFactor >= 0.5 && idealityFactor <= 10, "ideality factor", idealityFactor, "in 0.5-10");
        check(seriesResistanceOhmM2 >= 0 && Double.isFinite(seriesResistanceOhmM2), "series resistance",
                seriesResistanceOhmM2, ">= 0 Ohm m2");
        check(shuntResistanceOhmM2 > 0, "shunt resistance", shuntResistanceOhmM2, "> 0 Ohm m2 (or +Infinity)");
        check(temperatureK > 0 && temperatureK < 2000, "temperature", temperatureK, "in 0-2000 K");
    }

    private static void check(boolean ok, String what, double value, String range) {
        if (!ok) {
            throw new CircuitException("one-diode " + what + " " + value + " not " + range);
        }
    }

    /** @return n kT/q in V */
    public double diodeThermalVoltageV() {
        return idealityFactor * PhysicalConstants.thermalVoltageV(temperatureK);
    }

    /** @return shunt conductance 1/Rsh in S/m2 (0 without shunt) */
    public double shuntConductanceSPerM2() {
        return 1 / shuntResistanceOhmM2;
    }
}
