package org.heterostack.engine.device.internal.circuit;

import static org.heterostack.engine.PhysicalConstants.A_PER_M2_PER_MA_PER_CM2;

import org.heterostack.engine.device.internal.common.JvCurve;
import org.heterostack.engine.device.internal.common.LambertW;
import org.heterostack.engine.device.internal.common.SolarCellFigures;

/**
 * One-diode equivalent circuit of a solar cell (photocurrent positive):
 * J = Jph - J0 (exp((V + J Rs)/(n kT/q)) - 1) - (V + J Rs)/Rsh.
 *
 * <p>The implicit equation is solved explicitly with the Lambert W function (Jain &amp; Kapoor, Sol. Energy
 * Mater. Sol. Cells 81 (2004) 269, eq. 2), written with the shunt conductance G = 1/Rsh so that Rsh = infinity
 * is exact, and with W evaluated from the logarithm of its argument so that large forward bias cannot
 * overflow:
 * J = (Jph + J0 - V G)/(1 + Rs G) - (n VT/Rs) W( Rs J0/(n VT (1 + Rs G)) exp((Rs (Jph + J0) + V)/(n VT (1 + Rs G))) ).
 * For Rs = 0 the explicit form is used. Voc does not depend on Rs and is found by a safeguarded Newton
 * iteration on a monotone function; the maximum power point by golden-section search on [0, Voc].
 * Validity: lumped single-diode behaviour; no voltage-dependent collection, no ionic hysteresis.
 */
public final class OneDiodeModel {

    private static final int MAX_ITERATIONS = 200;

    private final OneDiodeParameters p;

    /** @param parameters circuit parameters */
    public OneDiodeModel(OneDiodeParameters parameters) {
        this.p = parameters;
    }

    /**
     * Terminal current density at a voltage.
     *
     * @param voltageV terminal voltage in V
     * @return current density in A/m2 (photocurrent positive)
     */
    public double currentDensityAPerM2(double voltageV) {
        double nvt = p.diodeThermalVoltageV();
        double j0 = p.saturationCurrentAPerM2();
        double jph = p.photocurrentAPerM2();
        double g = p.shuntConductanceSPerM2();
        double rs = p.seriesResistanceOhmM2();
        if (rs == 0) {
            return jph - j0 * Math.expm1(voltageV / nvt) - voltageV * g;
        }
        double denominator = 1 + rs * g;
        double lnArg = Math.log(rs * j0 / (nvt * denominator)) + (rs * (jph + j0) + voltageV) / (nvt * denominator);
        double w;
        try {
            w = LambertW.w0FromLog(lnArg);
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw new CircuitException("one-diode Lambert W failed at V = " + voltageV + " V: " + e.getMessage());
        }
        double j = (jph + j0 - voltageV * g) / denominator - nvt / rs * w;
        if (!Double.isFinite(j)) {
            throw new CircuitException("one-diode current not finite at V = " + voltageV + " V");
        }
        return j;
    }

    /**
     * Open-circuit voltage from Jph + J0 - V G = J0 exp(V/(n VT)) (independent of Rs).
     *
     * @return Voc in V (0 in the dark)
     * @throws CircuitException if the iteration fails
     */
    public double openCircuitVoltageV() {
        double nvt = p.diodeThermalVoltageV();
        double j0 = p.saturationCurrentAPerM2();
        double jph = p.photocurrentAPerM2();
        double g = p.shuntConductanceSPerM2();
        double lo = 0;
        double hi = nvt * Math.log1p(jph / j0); // Voc without shunt: upper bound
        double v = hi;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double f = jph - j0 * Math.expm1(v / nvt) - v * g;
            if (f > 0) {
                lo = v;
            } else {
                hi = v;
            }
            double df = -j0 / nvt * Math.exp(v / nvt) - g;
            double next = v - f / df;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - v) < 1e-14 * (1 + Math.abs(v)) || hi - lo < 1e-15) {
                return next;
            }
            v = next;
        }
        throw new CircuitException("one-diode Voc iteration did not converge (Jph " + jph + " A/m2, J0 " + j0
                + " A/m2, n " + p.idealityFactor() + ")");
    }

    /**
     * Figures of merit under an irradiance (Pmax by golden-section search of V J on [0, Voc]).
     *
     * @param irradianceWPerM2 incident irradiance in W/m2 (1000 for one sun)
     * @return Jsc, Voc, FF, PCE and maximum power point
     * @throws CircuitException in the dark (no photocurrent) or for a non-positive irradiance
     */
    public SolarCellFigures figures(double irradianceWPerM2) {
        if (!(p.photocurrentAPerM2() > 0) || !(irradianceWPerM2 > 0)) {
            throw new CircuitException("figures of merit need Jph > 0 and irradiance > 0, got Jph "
                    + p.photocurrentAPerM2() + " A/m2 and " + irradianceWPerM2 + " W/m2");
        }
        double voc = openCircuitVoltageV();
        double jsc = currentDensityAPerM2(0);
        double invPhi = (Math.sqrt(5) - 1) / 2;
        double a = 0;
        double b = voc;
        for (int i = 0; i < MAX_ITERATIONS && b - a > 1e-12; i++) {
            double c = b - invPhi * (b - a);
            double d = a + invPhi * (b - a);
            if (c * currentDensityAPerM2(c) > d * currentDensityAPerM2(d)) {
                b = d;
            } else {
                a = c;
            }
        }
        double vmp = 0.5 * (a + b);
        double toMa = 1 / A_PER_M2_PER_MA_PER_CM2;
        return SolarCellFigures.of(jsc * toMa, voc, vmp, currentDensityAPerM2(vmp) * toMa, irradianceWPerM2 / 10);
    }

    /**
     * J-V series on equally spaced voltages.
     *
     * @param fromV first voltage in V
     * @param toV last voltage in V
     * @param points number of points (&gt;= 2)
     * @return voltages in V and current densities in mA/cm2
     */
    public JvCurve jvCurve(double fromV, double toV, int points) {
        if (points < 2) {
            throw new CircuitException("J-V curve needs >= 2 points, got " + points);
        }
        double[] v = new double[points];
        double[] j = new double[points];
        for (int i = 0; i < points; i++) {
            v[i] = fromV + (toV - fromV) * i / (points - 1);
            j[i] = currentDensityAPerM2(v[i]) / A_PER_M2_PER_MA_PER_CM2;
        }
        return new JvCurve(v, j);
    }
}
