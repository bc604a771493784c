package org.heterostack.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.DoubleStream;

import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.Series;
import org.heterostack.ui.internal.analysis.JvPoints;
import org.junit.jupiter.api.Test;

/** Jsc, Voc and the maximum power point read off J-V curves, as the Analysis Results chart marks them. */
class JvPointsTest {

    /** J = 20 (1 - V) mA/cm2: Jsc 20 mA/cm2, Voc 1 V, MPP at 0.5 V and 10 mA/cm2 (5 mW/cm2), FF 25 %. */
    @Test
    void aLinearCurve() {
        JvPoints p = JvPoints.of(jv(DoubleStream.iterate(0, v -> v + 0.05).limit(25).toArray(), v -> 20 * (1 - v)))
                .orElseThrow();
        assertEquals(20, p.jscMaPerCm2(), 1e-9);
        assertEquals(1, p.vocV(), 1e-9);
        assertEquals(0.5, p.mppV(), 1e-9);
        assertEquals(10, p.mppMaPerCm2(), 1e-9);
        assertEquals(5, p.mppPowerMwPerCm2(), 1e-9);
        assertEquals(25, p.fillFactorPercent(), 1e-9);
    }

    /** A reverse scan (high to low voltage) with dark injection beyond Voc reads the same as the forward order. */
    @Test
    void aReverseScanWithDarkInjection() {
        double[] v = DoubleStream.iterate(1.2, x -> x - 0.01).limit(131).toArray();
        JvPoints p = JvPoints.of(jv(v, x -> 22 - 1e-8 * (Math.exp(x / 0.0517) - 1))).orElseThrow();
        double voc = 0.0517 * Math.log(22e8 + 1);
        assertEquals(22, p.jscMaPerCm2(), 1e-6);
        assertEquals(voc, p.vocV(), 2e-3, "interpolated between samples 10 mV apart");
        assertTrue(p.mppV() < voc && p.mppV() > 0.8 * voc, p.toString());
        assertTrue(p.fillFactorPercent() > 80 && p.fillFactorPercent() < 90, p.toString());
    }

    /** A curve that never reaches open circuit, or that does not span 0 V, has no figures. */
    @Test
    void noFiguresWithoutShortAndOpenCircuit() {
        assertFalse(JvPoints.of(jv(new double[] {0, 0.5, 1.0}, v -> 20.0)).isPresent());
        assertFalse(JvPoints.of(jv(new double[] {0.2, 0.5, 1.0}, v -> 1 - v)).isPresent());
        assertFalse(JvPoints.isJv(series(new double[] {1, 2}, new double[] {3, 4}, "eV", "%")));
    }

    private static Series jv(double[] v, java.util.function.DoubleUnaryOperator j) {
        return series(v, DoubleStream.of(v).map(j).toArray(), JvPoints.VOLTAGE_UNIT, JvPoints.CURRENT_DENSITY_UNIT);
    }

    private static Series series(double[] x, double[] y, String xUnit, String yUnit) {
        Series s = HeterostackFactory.eINSTANCE.createSeries();
        s.setKey("jv");
        s.setXName("voltage");
        s.setXUnit(xUnit);
        s.setYName("current density");
        s.setYUnit(yUnit);
        DoubleStream.of(x).forEach(s.getX()::add);
        DoubleStream.of(y).forEach(s.getY()::add);
        return s;
    }
}
