package org.heterostack.engine.device.internal.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

/**
 * Shapes of sampled J-V curves: a diode-like curve keeps the usual fill factor and no warning; an S-shaped curve
 * (Wagenpfahl et al., Phys. Rev. B 82, 115306 (2010)) and a curve whose current rises above Jsc are named, and the
 * fill factor never exceeds 100 %.
 */
class JvAnalysisShapeTest {

    private static final double VT = 0.025693; // kT/q at 298.15 K in V

    private static JvCurve sample(DoubleUnaryOperator j, double to, int points) {
        double[] v = new double[points];
        double[] i = new double[points];
        for (int k = 0; k < points; k++) {
            v[k] = to * k / (points - 1);
            i[k] = j.applyAsDouble(v[k]);
        }
        return new JvCurve(v, i);
    }

    @Test
    void diodeCurveHasTheUsualFillFactorAndNoWarning() {
        // ideal diode, Jsc 20 mA/cm2, J0 1e-15 mA/cm2: FF = Pmax / (Jsc Voc) as usual
        SolarCellFigures f = JvAnalysis.analyse(sample(v -> 20 - 1e-15 * Math.expm1(v / VT), 1.0, 101), 100);
        assertNull(f.shapeWarning(), f.shapeWarning());
        assertEquals(100 * f.pmaxMilliWattPerCm2() / (f.jscMilliAmpPerCm2() * f.vocV()), f.ffPercent(), 1e-9);
        assertTrue(f.ffPercent() > 80 && f.ffPercent() < 90, "FF " + f.ffPercent());
    }

    @Test
    void currentRisingAboveJscCannotGiveAFillFactorAbove100Percent() {
        // J = 20 + 15 V - 35 V^8 mA/cm2: Voc = 1 V, Pmax about 20.9 mW/cm2 > Jsc Voc = 20 mW/cm2
        SolarCellFigures f = JvAnalysis.analyse(sample(v -> 20 + 15 * v - 35 * Math.pow(v, 8), 1.1, 111), 100);
        assertEquals(1.0, f.vocV(), 1e-3);
        assertTrue(f.pmaxMilliWattPerCm2() > f.jscMilliAmpPerCm2() * f.vocV(), "the curve's power exceeds Jsc Voc");
        assertTrue(f.ffPercent() <= 100, "FF " + f.ffPercent());
        assertNotNull(f.shapeWarning());
        assertTrue(f.shapeWarning().contains("above Jsc"), f.shapeWarning());
    }

    @Test
    void sShapedCurveIsNamed() {
        // a kink: the current falls to a 4 mA/cm2 plateau at 0.4 V, then the diode takes it to open circuit
        SolarCellFigures f = JvAnalysis.analyse(sample(
                v -> 20 - 8 * (1 + Math.tanh((v - 0.4) / 0.04)) - 1e-15 * Math.expm1(v / VT), 1.1, 111), 100);
        assertNotNull(f.shapeWarning());
        assertTrue(f.shapeWarning().contains("S-shaped"), f.shapeWarning());
        assertTrue(f.ffPercent() < 50, "FF " + f.ffPercent());
    }

    @Test
    void aCurveCrossingZeroTwiceCannotGiveAFillFactorAbove100Percent() {
        // a dip through J = 0 near 0.55 V, then the full current again until the diode stops it near 0.9 V: the
        // maximum power lies beyond the first crossing, P_max / (Jsc Voc) would be far above 100 %
        SolarCellFigures f = JvAnalysis.analyse(sample(v -> 20 - 60 * Math.exp(-Math.pow((v - 0.55) / 0.04, 2))
                - 1e-15 * Math.expm1(v / VT), 1.1, 111), 100);
        assertTrue(f.vocV() < 0.55, "Voc " + f.vocV());
        assertTrue(f.vmpV() > f.vocV(), "Vmp " + f.vmpV());
        assertTrue(f.ffPercent() <= 100, "FF " + f.ffPercent());
        assertNotNull(f.shapeWarning());
        assertTrue(f.shapeWarning().contains("crosses J = 0 more than once"), f.shapeWarning());
    }
}
