package org.heterostack.ui.internal.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.heterostack.model.Series;

/**
 * The points a device researcher reads off a J-V curve (photocurrent positive, as the device engines report it):
 * the short-circuit current density at 0 V, the open-circuit voltage where the current density crosses zero and the
 * maximum power point of the power quadrant (V &gt;= 0, J &gt;= 0). Interpolated linearly between the curve's
 * samples, in the order of increasing voltage, so a reverse and a forward scan give the same kind of figures.
 *
 * @param jscMaPerCm2 short-circuit current density (mA/cm2)
 * @param vocV        open-circuit voltage (V)
 * @param mppV        voltage of the maximum power point (V)
 * @param mppMaPerCm2 current density of the maximum power point (mA/cm2)
 */
public record JvPoints(double jscMaPerCm2, double vocV, double mppV, double mppMaPerCm2) {

    /** Unit of the voltage axis of a J-V series. */
    public static final String VOLTAGE_UNIT = "V";
    /** Unit of the current-density axis of a J-V series. */
    public static final String CURRENT_DENSITY_UNIT = "mA/cm2";

    /** @return the power density at the maximum power point (mW/cm2: V times mA/cm2) */
    public double mppPowerMwPerCm2() {
        return mppV * mppMaPerCm2;
    }

    /** @return the fill factor (%): maximum power over Jsc times Voc */
    public double fillFactorPercent() {
        return 100 * mppPowerMwPerCm2() / (jscMaPerCm2 * vocV);
    }

    /**
     * @param series a series
     * @return whether it is a J-V curve: current density (mA/cm2) against voltage (V)
     */
    public static boolean isJv(Series series) {
        return VOLTAGE_UNIT.equals(series.getXUnit()) && CURRENT_DENSITY_UNIT.equals(series.getYUnit());
    }

    /**
     * @param series a J-V series
     * @return its points, or empty when the curve does not span 0 V or never reaches open circuit from a positive
     *         photocurrent
     */
    public static Optional<JvPoints> of(Series series) {
        double[] v = sortedByVoltage(series, series.getX());
        double[] j = sortedByVoltage(series, series.getY());
        Optional<Double> jsc = valueAtZeroVoltage(v, j);
        Optional<Double> voc = openCircuit(v, j);
        if (jsc.isEmpty() || voc.isEmpty() || jsc.get() <= 0 || voc.get() <= 0) {
            return Optional.empty();
        }
        int best = -1;
        for (int i = 0; i < v.length; i++) {
            if (v[i] >= 0 && j[i] >= 0 && (best < 0 || v[i] * j[i] > v[best] * j[best])) {
                best = i;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(new JvPoints(jsc.get(), voc.get(), v[best], j[best]));
    }

    private static double[] sortedByVoltage(Series series, List<Double> values) {
        List<Double> x = series.getX();
        int n = Math.min(x.size(), series.getY().size());
        return IntStream.range(0, n).boxed().sorted(Comparator.comparingDouble(x::get))
                .mapToDouble(values::get).toArray();
    }

    private static Optional<Double> valueAtZeroVoltage(double[] v, double[] j) {
        for (int i = 0; i + 1 < v.length; i++) {
            if (v[i] <= 0 && v[i + 1] >= 0) {
                return Optional.of(v[i + 1] == v[i] ? j[i] : j[i] + (j[i + 1] - j[i]) * (0 - v[i]) / (v[i + 1] - v[i]));
            }
        }
        return v.length == 1 && v[0] == 0 ? Optional.of(j[0]) : Optional.empty();
    }

    /** The first voltage at or above 0 V where the current density falls from positive to zero or below. */
    private static Optional<Double> openCircuit(double[] v, double[] j) {
        for (int i = 0; i + 1 < v.length; i++) {
            if (v[i + 1] >= 0 && j[i] > 0 && j[i + 1] <= 0) {
                double crossing = v[i] + (v[i + 1] - v[i]) * j[i] / (j[i] - j[i + 1]);
                return crossing >= 0 ? Optional.of(crossing) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
