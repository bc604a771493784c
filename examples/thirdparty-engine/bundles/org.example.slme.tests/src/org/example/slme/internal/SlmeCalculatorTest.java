package org.example.slme.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.heterostack.engine.PhysicalConstants;
import org.junit.jupiter.api.Test;

/** The SLME numerics against the published Shockley-Queisser limit and the closed forms of the model. */
class SlmeCalculatorTest {

    private static final SlmeCalculator CALCULATOR = new SlmeCalculator(SolarSpectrum.am15g());
    private static final double GAP_EV = 1.34;

    /** A film absorbing alpha above the gap and nothing below (a step in alpha at 1.34 eV). */
    private static Absorptance.Film stepFilm(double alphaPerM, double thicknessM) {
        double edgeNm = PhysicalConstants.HC_EV_NM / GAP_EV;
        return new Absorptance.Film(AbsorptionCoefficient.fromWavelengths(new double[] {4000, edgeNm + 1e-6, edgeNm, 280},
                new double[] {0, 0, alphaPerM, alphaPerM}), thicknessM);
    }

    @Test
    void integratedAm15gIs1000WattsPerSquareMetre() {
        // ASTM G173-03 global tilt integrates to 1000.4 W/m2 (trapezoidal rule over the table)
        assertEquals(1000.4, SolarSpectrum.am15g().irradianceWPerM2(), 0.1);
    }

    @Test
    void stepAbsorberGivesTheShockleyQueisserLimit() {
        // S. Rühle, Sol. Energy 130, 139 (2016): 33.7 % at 1.34 eV, Voc about 1.07 V (AM1.5G, 300 K); +- 0.1 % absolute
        SlmeResult sq = CALCULATOR.solve(new Absorptance.Step(GAP_EV), 0, 300);
        assertEquals(33.7, sq.efficiencyPercent(), 0.1);
        assertEquals(1.07, sq.vocV(), 0.02);
        double powerWPerM2 = sq.jscMilliAmpPerCm2() * PhysicalConstants.A_PER_M2_PER_MA_PER_CM2 * sq.vocV()
                * sq.fillFactorPercent() / 100;
        assertEquals(sq.efficiencyPercent(), 100 * powerWPerM2 / SolarSpectrum.am15g().irradianceWPerM2(), 1e-9);
    }

    @Test
    void thickStepFilmApproachesTheShockleyQueisserLimit() {
        // Yu and Zunger 2012: for L -> infinity and a step absorption edge the SLME is the SQ efficiency
        double sq = CALCULATOR.solve(new Absorptance.Step(GAP_EV), 0, 300).efficiencyPercent();
        double thick = CALCULATOR.solve(stepFilm(1e7, 1e-3), 0, 300).efficiencyPercent();
        assertEquals(sq, thick, 0.01);
        double previous = 0;
        for (double thicknessM : new double[] {10e-9, 100e-9, 1e-6, 10e-6}) {
            double slme = CALCULATOR.solve(stepFilm(1e6, thicknessM), 0, 300).efficiencyPercent();
            assertTrue(slme > previous, "SLME rises with thickness: " + slme + " % at " + thicknessM + " m");
            previous = slme;
        }
        assertEquals(sq, previous, 0.01);
    }

    @Test
    void constantAbsorptanceScalesThePowerExactly() {
        // a(E) = a above the gap scales Jsc and J0 alike: Voc and FF stay, P_max scales by a.
        // alpha 1e6 /m, L 500 nm: a = 1 - exp(-2 alpha L) = 1 - 1/e
        SlmeResult sq = CALCULATOR.solve(new Absorptance.Step(GAP_EV), 0, 300);
        SlmeResult film = CALCULATOR.solve(stepFilm(1e6, 500e-9), 0, 300);
        double a = -Math.expm1(-1.0);
        assertEquals(a * sq.efficiencyPercent(), film.efficiencyPercent(), 1e-3 * sq.efficiencyPercent());
        assertEquals(sq.vocV(), film.vocV(), 1e-4);
    }

    @Test
    void radiativeFractionLowersVocByTheGapOffset() {
        // f_r = exp(-Delta/kT) multiplies J0 by exp(Delta/kT): Voc drops by Delta (Jsc >> J0)
        SlmeResult direct = CALCULATOR.solve(stepFilm(1e7, 1e-6), 0, 300);
        SlmeResult offset = CALCULATOR.solve(stepFilm(1e7, 1e-6), 0.1, 300);
        assertEquals(0.1, direct.vocV() - offset.vocV(), 1e-9);
        assertEquals(Math.exp(-0.1 / PhysicalConstants.thermalVoltageV(300)), offset.radiativeFraction(), 1e-15);
        assertEquals(direct.jscMilliAmpPerCm2(), offset.jscMilliAmpPerCm2(), 0);
        assertTrue(offset.efficiencyPercent() < direct.efficiencyPercent() - 2);
    }

    @Test
    void maximumPowerPointSolvesItsEquation() {
        for (double lnRatio : new double[] {1e-3, 1, 10, 45, 200}) {
            double v = SlmeCalculator.maxPowerVoltageOverVt(lnRatio);
            assertEquals(lnRatio, v + Math.log1p(v), 1e-12 * Math.max(1, lnRatio));
        }
    }

    @Test
    void refusesWhatHasNoAnswer() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CALCULATOR.solve(new Absorptance.Step(GAP_EV), -0.1, 300));
        assertEquals("gap offset E_g^da - E_g = -0.1 eV must be >= 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> CALCULATOR.solve(new Absorptance.Step(5.0), 0, 300));
        assertTrue(e.getMessage().startsWith("the film absorbs no sunlight"), e.getMessage());
    }
}
