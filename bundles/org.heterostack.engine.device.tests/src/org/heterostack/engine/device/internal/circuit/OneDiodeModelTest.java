package org.heterostack.engine.device.internal.circuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.heterostack.engine.device.internal.common.JvCurve;
import org.heterostack.engine.device.internal.common.JvAnalysis;
import org.heterostack.engine.device.internal.common.SolarCellFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OneDiodeModelTest {

    /** RTC France silicon cell, 33 degC, Easwarakhanthan et al., Int. J. Sol. Energy 4 (1986) 1 (per 1 m2). */
    private static final OneDiodeParameters RTC_FRANCE = new OneDiodeParameters(0.7608, 0.3223e-6, 1.4837, 0.0364,
            53.7185, 306.15);

    @Test
    void idealDiodeMatchesClosedForm() {
        OneDiodeParameters p = new OneDiodeParameters(220, 1e-15, 1.0, 0, Double.POSITIVE_INFINITY, 300);
        OneDiodeModel m = new OneDiodeModel(p);
        double nvt = p.diodeThermalVoltageV();
        assertEquals(220 - 1e-15 * Math.expm1(0.9 / nvt), m.currentDensityAPerM2(0.9), 1e-9);
        assertEquals(nvt * Math.log1p(220 / 1e-15), m.openCircuitVoltageV(), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.5, 0.0, 0.3, 0.5, 0.57, 0.7, 1.5})
    void lambertWSolutionSatisfiesImplicitEquation(double v) {
        OneDiodeModel m = new OneDiodeModel(RTC_FRANCE);
        double j = m.currentDensityAPerM2(v);
        double vd = v + j * RTC_FRANCE.seriesResistanceOhmM2();
        double rhs = RTC_FRANCE.photocurrentAPerM2() - RTC_FRANCE.saturationCurrentAPerM2()
                * Math.expm1(vd / RTC_FRANCE.diodeThermalVoltageV()) - vd / RTC_FRANCE.shuntResistanceOhmM2();
        assertEquals(rhs, j, 1e-12 * Math.max(1, Math.abs(j)));
    }

    @Test
    void rtcFranceFiguresMatchPublishedFit() {
        // Easwarakhanthan 1986 fit of the RTC France cell reproduces the measured Isc 0.7605 A and
        // Voc 0.5727 V of that data set
        OneDiodeModel m = new OneDiodeModel(RTC_FRANCE);
        SolarCellFigures f = m.figures(1000);
        assertEquals(0.7605, f.jscMilliAmpPerCm2() * 10, 0.0005, "Isc (A)");
        assertEquals(0.5727, f.vocV(), 0.002, "Voc (V)");
    }

    @Test
    void sampledCurveAnalysisAgreesWithExactFigures() {
        OneDiodeModel m = new OneDiodeModel(new OneDiodeParameters(220, 1e-16, 1.3, 2e-4, 0.1, 298));
        SolarCellFigures exact = m.figures(1000);
        JvCurve jv = m.jvCurve(0, 1.6, 161);
        SolarCellFigures sampled = JvAnalysis.analyse(jv, 100);
        assertEquals(exact.jscMilliAmpPerCm2(), sampled.jscMilliAmpPerCm2(), 1e-9);
        assertEquals(exact.vocV(), sampled.vocV(), 1e-4);
        assertEquals(exact.pcePercent(), sampled.pcePercent(), 1e-3);
    }

    @Test
    void invalidParameterNamesItself() {
        CircuitException e = assertThrows(CircuitException.class,
                () -> new OneDiodeParameters(220, 1e-16, 1.3, -1, 0.1, 298));
        assertEquals("one-diode series resistance -1.0 not >= 0 Ohm m2", e.getMessage());
    }
}
