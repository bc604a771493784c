package org.example.slme.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.heterostack.engine.PhysicalConstants;
import org.junit.jupiter.api.Test;

/** The tabulated absorption coefficient: interpolation in energy and refused tables. */
class AbsorptionCoefficientTest {

    private static double nm(double ev) {
        return PhysicalConstants.HC_EV_NM / ev;
    }

    @Test
    void linearInPhotonEnergyZeroBelowConstantAbove() {
        AbsorptionCoefficient alpha = AbsorptionCoefficient.fromWavelengths(new double[] {nm(2.0), nm(1.5), nm(1.6)},
                new double[] {3e7, 0, 1e7});
        assertEquals(0, alpha.atEv(1.2), 0);
        assertEquals(0, alpha.atEv(1.5), 0);
        assertEquals(0.5e7, alpha.atEv(1.55), 1);
        assertEquals(2e7, alpha.atEv(1.8), 1);
        assertEquals(3e7, alpha.atEv(3.0), 0);
        assertEquals(1.5, alpha.onsetEv(), 1e-12);
        assertEquals(2.0, alpha.maxEnergyEv(), 1e-12);
    }

    @Test
    void refusesTablesItCannotUse() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AbsorptionCoefficient.fromWavelengths(new double[] {500, 600}, new double[] {1e7, -1}));
        assertEquals("point 2 (600.0 nm): absorption coefficient -1.0 1/m is not a number >= 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> AbsorptionCoefficient.fromWavelengths(new double[] {500, 500}, new double[] {1e7, 1e7}));
        assertEquals("wavelength 500.0 nm occurs twice", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> AbsorptionCoefficient.fromWavelengths(new double[] {500}, new double[] {1e7}));
        assertTrue(e.getMessage().contains("at least two points"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new Absorptance.Film(AbsorptionCoefficient.fromWavelengths(new double[] {500, 600},
                        new double[] {0, 0}), 1e-6));
        assertEquals("the absorption coefficient is zero at every wavelength", e.getMessage());
    }
}
