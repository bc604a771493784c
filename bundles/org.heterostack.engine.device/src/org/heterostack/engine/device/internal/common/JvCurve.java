package org.heterostack.engine.device.internal.common;

import java.util.Arrays;

/**
 * A sampled current-density-voltage curve (photocurrent positive), in the order it was measured or
 * simulated (a reverse scan has decreasing voltage).
 *
 * @param voltageV applied voltages in V
 * @param currentDensityMilliAmpPerCm2 current densities in mA/cm2, same length
 */
public record JvCurve(double[] voltageV, double[] currentDensityMilliAmpPerCm2) {

    /** Validates the lengths and copies the arrays. */
    public JvCurve {
        if (voltageV.length != currentDensityMilliAmpPerCm2.length || voltageV.length < 1) {
            throw new IllegalArgumentException("J-V curve needs two equal-length non-empty arrays, got "
                    + voltageV.length + " and " + currentDensityMilliAmpPerCm2.length);
        }
        voltageV = voltageV.clone();
        currentDensityMilliAmpPerCm2 = currentDensityMilliAmpPerCm2.clone();
    }

    /** @return a copy of the voltages in V */
    @Override
    public double[] voltageV() {
        return voltageV.clone();
    }

    /** @return a copy of the current densities in mA/cm2 */
    @Override
    public double[] currentDensityMilliAmpPerCm2() {
        return currentDensityMilliAmpPerCm2.clone();
    }

    /** @return number of points */
    public int size() {
        return voltageV.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JvCurve c && Arrays.equals(voltageV, c.voltageV)
                && Arrays.equals(currentDensityMilliAmpPerCm2, c.currentDensityMilliAmpPerCm2);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(voltageV) + Arrays.hashCode(currentDensityMilliAmpPerCm2);
    }

    @Override
    public String toString() {
        return "JvCurve[" + voltageV.length + " points, " + voltageV[0] + " .. " + voltageV[voltageV.length - 1]
                + " V]";
    }
}
