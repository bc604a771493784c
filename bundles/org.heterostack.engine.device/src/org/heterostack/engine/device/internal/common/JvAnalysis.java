package org.heterostack.engine.device.internal.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Figures of merit (Jsc, Voc, FF, PCE, maximum power point) of a sampled J-V curve, for engines that
 * produce J at discrete voltages (drift-diffusion scans).
 *
 * <p>Jsc and Voc come from local quadratic interpolation through the three samples around V = 0 and around
 * the J = 0 crossing; the maximum power point is the vertex of the parabola through the sampled maximum of
 * V J and its neighbours. The interpolation error is third order in the voltage step.
 *
 * <p>Shape: a diode-like curve is concave between short and open circuit (its slope only steepens). A curve whose
 * slope flattens again before open circuit by more than {@value #S_SHAPE_SLOPE_RECOVERY} of the mean slope Jsc/Voc
 * and of the steepest slope before it is S-shaped (a kink: an extraction barrier or a blocking contact, Wagenpfahl et al., Phys. Rev. B 82, 115306
 * (2010)); a curve whose current rises above Jsc before open circuit would give P_max &gt; Jsc Voc, a fill factor
 * above 100 %; so would a curve that crosses J = 0 more than once and delivers its maximum power beyond the first
 * crossing. Each is named in {@link SolarCellFigures#shapeWarning()} (a current rise counts above 1 % of Jsc), and
 * the fill factor of such a curve never exceeds 100 % ({@link SolarCellFigures}).
 */
public final class JvAnalysis {

    /** Recovery of the slope, as a share of Jsc/Voc, above which a curve counts as S-shaped. */
    static final double S_SHAPE_SLOPE_RECOVERY = 0.5;
    /** Rise of the current above Jsc before open circuit, as a share of Jsc, that makes a curve not diode-like. */
    static final double CURRENT_RISE = 0.01;
    /** Slopes are taken over voltage windows of this share of Voc (at least), so sampling noise does not count. */
    static final double SLOPE_WINDOW = 0.02;

    private JvAnalysis() {
    }

    /**
     * Analyses a curve (any voltage order) measured under the given irradiance.
     *
     * @param curve the J-V samples, photocurrent positive, covering V = 0
     * @param irradianceMilliWattPerCm2 incident irradiance in mW/cm2 (100 for one sun)
     * @return the figures of merit; Voc is NaN-free: if J never crosses zero, an exception is thrown
     * @throws IllegalArgumentException if the curve has fewer than 3 points, does not contain V = 0 in its
     *         range, or J does not cross 0
     */
    public static SolarCellFigures analyse(JvCurve curve, double irradianceMilliWattPerCm2) {
        if (curve.size() < 3) {
            throw new IllegalArgumentException("J-V analysis needs >= 3 points, got " + curve.size());
        }
        double[][] sorted = sortedByVoltage(curve);
        double[] v = sorted[0];
        double[] j = sorted[1];
        if (v[0] > 0 || v[v.length - 1] < 0) {
            throw new IllegalArgumentException("J-V curve does not contain V = 0: range " + v[0] + " .. "
                    + v[v.length - 1] + " V");
        }
        double jsc = interpolate(v, j, 0.0);
        double voc = openCircuitVoltage(v, j);
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            if (v[i] * j[i] > v[best] * j[best]) {
                best = i;
            }
        }
        double vmp = v[best];
        double pmp = v[best] * j[best];
        if (best > 0 && best < v.length - 1) {
            double[] vertex = parabolaVertex(v[best - 1], v[best - 1] * j[best - 1], v[best], pmp, v[best + 1],
                    v[best + 1] * j[best + 1]);
            if (vertex[1] >= pmp) {
                vmp = vertex[0];
                pmp = vertex[1];
            }
        }
        double jmp = vmp != 0 ? pmp / vmp : 0;
        double reach = Math.max(voc, vmp);
        double peak = Math.max(jsc, jmp);
        for (int i = 0; i < v.length && v[i] <= reach; i++) {
            if (v[i] >= 0) {
                peak = Math.max(peak, j[i]);
            }
        }
        String shape = shapeWarning(v, j, jsc, voc, peak, pmp);
        if (vmp > voc) {
            shape = (shape == null ? "J-V curve: " : shape + "; ") + String.format(Locale.ROOT, "its maximum power lies "
                    + "at %.3f V, beyond the first crossing of J = 0 at %.3f V (the curve crosses J = 0 more than "
                    + "once)", vmp, voc);
        }
        return SolarCellFigures.of(jsc, voc, vmp, jmp, irradianceMilliWattPerCm2, peak, reach,
                shape == null ? null : shape + "; its fill factor does not describe a diode-like cell");
    }

    /**
     * @return what is irregular about the curve between 0 and Voc (S-shape, current above Jsc), or null
     */
    private static String shapeWarning(double[] v, double[] j, double jsc, double voc, double peak, double pmp) {
        List<String> findings = new ArrayList<>();
        double scale = jsc / voc;
        double window = voc * SLOPE_WINDOW;
        double steepest = Double.POSITIVE_INFINITY;
        double recovery = 0;
        double recoveryAt = Double.NaN;
        for (int i = 0, k = 0; i < v.length && v[i] <= voc; i++) {
            k = Math.max(k, i + 1);
            while (k < v.length && v[k] - v[i] < window) {
                k++;
            }
            if (v[i] < 0 || k >= v.length || v[k] > voc + window) {
                continue;
            }
            double slope = (j[k] - j[i]) / (v[k] - v[i]);
            if (slope - steepest > recovery && slope - steepest > S_SHAPE_SLOPE_RECOVERY * Math.abs(steepest)) {
                recovery = slope - steepest;
                recoveryAt = 0.5 * (v[i] + v[k]);
            }
            steepest = Math.min(steepest, slope);
        }
        if (scale > 0 && recovery > S_SHAPE_SLOPE_RECOVERY * scale) {
            findings.add(String.format(Locale.ROOT, "S-shaped: its slope flattens again near %.3f V by %.2f x Jsc/Voc "
                    + "(a kink from an extraction barrier or a blocking contact)", recoveryAt, recovery / scale));
        }
        if (peak > jsc * (1 + CURRENT_RISE)) {
            findings.add(String.format(Locale.ROOT, "its current rises to %.4g mA/cm2 before open circuit, above Jsc "
                    + "%.4g mA/cm2 (P_max / (Jsc Voc) = %.1f %%)", peak, jsc, 100 * pmp / (jsc * voc)));
        }
        return findings.isEmpty() ? null : "J-V curve: " + String.join("; ", findings);
    }

    private static double openCircuitVoltage(double[] v, double[] j) {
        for (int i = 0; i + 1 < v.length; i++) {
            if (v[i + 1] >= 0 && j[i] > 0 && j[i + 1] <= 0) {
                int k = Math.max(0, Math.min(v.length - 3, i - (Math.abs(j[i]) < Math.abs(j[i + 1]) ? 1 : 0)));
                double linear = v[i] + (v[i + 1] - v[i]) * j[i] / (j[i] - j[i + 1]);
                double quadratic = quadraticRoot(v[k], j[k], v[k + 1], j[k + 1], v[k + 2], j[k + 2], v[i], v[i + 1]);
                return Double.isNaN(quadratic) ? linear : quadratic;
            }
        }
        throw new IllegalArgumentException("J-V curve does not cross J = 0 at V >= 0: no open-circuit voltage in "
                + v[0] + " .. " + v[v.length - 1] + " V");
    }

    /** Value at x of the quadratic through the three samples nearest to x. */
    static double interpolate(double[] x, double[] y, double at) {
        int i = Arrays.binarySearch(x, at);
        if (i >= 0) {
            return y[i];
        }
        int k = Math.max(0, Math.min(x.length - 3, -i - 3));
        double l0 = (at - x[k + 1]) * (at - x[k + 2]) / ((x[k] - x[k + 1]) * (x[k] - x[k + 2]));
        double l1 = (at - x[k]) * (at - x[k + 2]) / ((x[k + 1] - x[k]) * (x[k + 1] - x[k + 2]));
        double l2 = (at - x[k]) * (at - x[k + 1]) / ((x[k + 2] - x[k]) * (x[k + 2] - x[k + 1]));
        return l0 * y[k] + l1 * y[k + 1] + l2 * y[k + 2];
    }

    /** Root in [lo, hi] of the parabola through three points, or NaN if none. */
    private static double quadraticRoot(double x0, double y0, double x1, double y1, double x2, double y2,
            double lo, double hi) {
        double d01 = (y1 - y0) / (x1 - x0);
        double d12 = (y2 - y1) / (x2 - x1);
        double a = (d12 - d01) / (x2 - x0);
        double b = d01 - a * (x0 + x1);
        double c = y0 - x0 * (d01 - a * x1);
        if (Math.abs(a) < 1e-300) {
            double r = -c / b;
            return r >= lo && r <= hi ? r : Double.NaN;
        }
        double disc = b * b - 4 * a * c;
        if (disc < 0) {
            return Double.NaN;
        }
        double q = -0.5 * (b + Math.copySign(Math.sqrt(disc), b));
        for (double r : new double[] {q / a, c / q}) {
            if (r >= lo && r <= hi) {
                return r;
            }
        }
        return Double.NaN;
    }

    private static double[] parabolaVertex(double x0, double y0, double x1, double y1, double x2, double y2) {
        double d01 = (y1 - y0) / (x1 - x0);
        double d12 = (y2 - y1) / (x2 - x1);
        double a = (d12 - d01) / (x2 - x0);
        if (a >= 0) {
            return new double[] {x1, y1};
        }
        double b = d01 - a * (x0 + x1);
        double xv = -b / (2 * a);
        if (xv < x0 || xv > x2) {
            return new double[] {x1, y1};
        }
        double yv = y0 + (xv - x0) * (d01 + a * (xv - x1));
        return new double[] {xv, yv};
    }

    private static double[][] sortedByVoltage(JvCurve curve) {
        double[] v = curve.voltageV();
        double[] j = curve.currentDensityMilliAmpPerCm2();
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
        double[][] out = new double[2][v.length];
        for (int i = 0; i < order.length; i++) {
            out[0][i] = v[order[i]];
            out[1][i] = j[order[i]];
        }
        return out;
    }
}
