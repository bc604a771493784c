package org.heterostack.engine.device.internal.detailedbalance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.heterostack.engine.device.internal.common.JvCurve;
import org.heterostack.engine.PhysicalConstants;
import org.heterostack.engine.device.internal.common.SolarCellFigures;
import org.junit.jupiter.api.Test;

class DetailedBalanceModelTest {

    private final DetailedBalanceModel model = new DetailedBalanceModel();

    @Test
    void spectrumIntegratesToOneSun() {
        // ASTM G173-03 global tilt is normalised to 1000 W/m2 (ASTM G173-03; NREL AM1.5 page)
        assertEquals(1000.0, model.spectrum().integratedIrradianceWPerM2(), 2.0);
    }

    @Test
    void shockleyQueisserPeakMatchesRuhle() {
        // Rühle, Sol. Energy 130 (2016) 139: maximum 33.7 % at 1.34 eV (AM1.5G, 300 K)
        PceCurve curve = model.pceVersusBandGap(0.5, 3.0, 2501, 300, 1.0);
        assertEquals(33.7, curve.peakPcePercent(), 0.1, "SQ peak PCE (Rühle 2016)");
        assertEquals(1.34, curve.peakBandGapEv(), 0.01, "SQ peak gap (Rühle 2016)");
    }

    @Test
    void aKeptCurveEqualsAComputedOneAndCannotBeChangedByACaller() {
        PceCurve first = model.pceVersusBandGap(0.5, 3.0, 251, 300, 1e-4);
        double[] expected = new DetailedBalanceModel().pceVersusBandGap(0.5, 3.0, 251, 300, 1e-4).pcePercent();
        first.pcePercent()[0] = -1;
        PceCurve again = model.pceVersusBandGap(0.5, 3.0, 251, 300, 1e-4);
        assertArrayEquals(expected, again.pcePercent(), 0);
        assertEquals(251, model.pceVersusBandGap(0.5, 3.0, 251, 310, 1e-4).pcePercent().length);
        assertTrue(
                model.pceVersusBandGap(0.5, 3.0, 251, 310, 1e-4).peakPcePercent() < again.peakPcePercent(),
                "a hotter cell gets its own, lower curve");
    }

    @Test
    void singleGapSolveAgreesWithCurveAndGivesSaneFigures() {
        DetailedBalanceResult r = model.solve(DetailedBalanceInput.shockleyQueisser(1.34, 300));
        SolarCellFigures f = r.figures();
        PceCurve curve = model.pceVersusBandGap(1.34, 1.35, 2, 300, 1.0);
        assertEquals(curve.pcePercent()[0], f.pcePercent(), 1e-9);
        // Rühle 2016 table 1 region: Voc ~ 1.07 V, FF ~ 87 %, Jsc ~ 35 mA/cm2 at 1.34 eV
        assertEquals(1.07, f.vocV(), 0.02);
        assertEquals(35.0, f.jscMilliAmpPerCm2(), 0.8);
        assertEquals(f.pcePercent(), f.jscMilliAmpPerCm2() * f.vocV() * f.ffPercent() / 100.04, 0.01);
    }

    @Test
    void externalRadiativeEfficiencyLowersVocByKtLnEre() {
        // Green, Prog. Photovolt. 20 (2012) 472: Voc = Voc,rad + kT/q ln(ERE)
        double ere = 1e-3;
        DetailedBalanceResult r = model.solve(new DetailedBalanceInput(1.6, 300, ere, new Absorptance.Step()));
        double expected = r.vocRadiativeV() + PhysicalConstants.thermalVoltageV(300) * Math.log(ere);
        assertEquals(expected, r.figures().vocV(), 1e-6);
    }

    @Test
    void thickAbsorberTendsToStepAndThinOneCollectsLess() {
        double gap = 1.6;
        DetailedBalanceResult step = model.solve(DetailedBalanceInput.shockleyQueisser(gap, 300));
        DetailedBalanceResult thick = model.solve(new DetailedBalanceInput(gap, 300, 1,
                new Absorptance.FiniteThickness(1e-4, 1.3e7, 0, 1)));
        assertEquals(step.figures().pcePercent(), thick.figures().pcePercent(), 1e-6);
        // 100 nm, single pass: a = 1 - exp(-1.3) above the gap
        DetailedBalanceResult thin = model.solve(new DetailedBalanceInput(gap, 300, 1,
                new Absorptance.FiniteThickness(1e-7, 1.3e7, 0, 1)));
        assertEquals(-Math.expm1(-1.3) * step.jscAPerM2(), thin.jscAPerM2(), 1e-6 * step.jscAPerM2());
    }

    @Test
    void urbachTailAddsSubGapCurrentAndLowersVoc() {
        DetailedBalanceResult sharp = model.solve(new DetailedBalanceInput(1.6, 300, 1,
                new Absorptance.FiniteThickness(5e-7, 1.3e7, 0, 2)));
        DetailedBalanceResult tail = model.solve(new DetailedBalanceInput(1.6, 300, 1,
                new Absorptance.FiniteThickness(5e-7, 1.3e7, 0.015, 2)));
        assertTrue(tail.jscAPerM2() > sharp.jscAPerM2());
        assertTrue(tail.figures().vocV() < sharp.figures().vocV());
    }

    @Test
    void urbachEnergyAboveKtIsRejected() {
        DetailedBalanceInput in = new DetailedBalanceInput(1.6, 300, 1,
                new Absorptance.FiniteThickness(5e-7, 1.3e7, 0.03, 2));
        DetailedBalanceException e = assertThrows(DetailedBalanceException.class, () -> model.solve(in));
        assertTrue(e.getMessage().startsWith("Urbach energy 0.03 eV >= kT"), e.getMessage());
    }

    @Test
    void invalidGapIsRejected() {
        DetailedBalanceException e = assertThrows(DetailedBalanceException.class,
                () -> DetailedBalanceInput.shockleyQueisser(5.0, 300));
        assertEquals("band gap 5.0 eV outside 0.3-4.4 eV (spectrum range)", e.getMessage());
    }

    @Test
    void jvCurveStartsAtJscAndCrossesZeroAtVoc() {
        DetailedBalanceInput in = DetailedBalanceInput.shockleyQueisser(1.34, 300);
        DetailedBalanceResult r = model.solve(in);
        JvCurve jv = model.jvCurve(in, 201);
        assertEquals(r.figures().jscMilliAmpPerCm2(), jv.currentDensityMilliAmpPerCm2()[0], 1e-9);
        double[] j = jv.currentDensityMilliAmpPerCm2();
        double voc = r.figures().vocV();
        double[] v = jv.voltageV();
        for (int i = 1; i < j.length; i++) {
            assertTrue(j[i] <= j[i - 1], "J never increases with V");
            assertEquals(v[i] < voc, j[i] > 0, "J > 0 exactly below Voc, at V = " + v[i]);
        }
    }
}
