package org.heterostack.engine.device.internal.twod;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The structure-to-device physics of a 2D layer: tunnelling and the laminate's orientation averages. */
class TwoDLayerPhysicsTest {

    @Test
    void wkbTransmissionOfTheButylammoniumBarrier() {
        // kappa = sqrt(2 m0 3 eV)/hbar = 8.873e9 1/m; T = exp(-2 x 7.5e-10 m x kappa) = exp(-13.31) = 1.66e-6
        assertEquals(1.66e-6, TwoDLayerPhysics.transmission(7.5, 3.0, 1.0), 0.02e-6);
        assertTrue(TwoDLayerPhysics.transmission(4.0, 3.0, 1.0) > 1e3 * TwoDLayerPhysics.transmission(10.0, 3.0, 1.0),
                "a Dion-Jacobson single-molecule gap transmits far more than a PEA bilayer");
        assertThrows(IllegalArgumentException.class, () -> TwoDLayerPhysics.transmission(0, 3.0, 1.0));
    }

    @Test
    void slabsAcrossTheCurrentAddInSeriesAndAlongItInParallel() {
        // n = 1 BA: 6.3 Å slab, 7.5 Å organic; permittivities 24.1 (slab) and 2.1 (organic)
        double f = 6.3 / 13.8;
        double series = 1 / (f / 24.1 + (1 - f) / 2.1);
        double parallel = f * 24.1 + (1 - f) * 2.1;
        assertEquals(series, new TwoDLayerPhysics.Laminate(6.3, 7.5, 1).normal(24.1, 2.1), 1e-12);
        assertEquals(parallel, new TwoDLayerPhysics.Laminate(6.3, 7.5, 0).normal(24.1, 2.1), 1e-12);
        assertEquals((series + 2 * parallel) / 3, new TwoDLayerPhysics.Laminate(6.3, 7.5, 1.0 / 3).normal(24.1, 2.1),
                1e-12);
        // a diffusivity through tunnelling organic layers: sheets parallel to the substrate block
        double d = 1.7e-4;
        double across = new TwoDLayerPhysics.Laminate(6.3, 7.5, 1).normal(d, d * 1.66e-6);
        double along = new TwoDLayerPhysics.Laminate(6.3, 7.5, 0).normal(d, d * 1.66e-6);
        assertEquals(d * 1.66e-6 * 13.8 / 7.5, across, 0.01 * across);
        assertEquals(d * f, along, 1e-3 * along);
    }

    @Test
    void passivationActsOnTheCoveredShareOnly() {
        TwoDAssumptions a = TwoDAssumptions.DEFAULTS;
        assertEquals(100.0 / a.passivationFactor(), a.passivated(100, 1, 1), 1e-12);
        assertEquals(100, a.passivated(100, 0, 1), 1e-12);
        assertEquals(50 + 50 / a.passivationFactor(), a.passivated(100, 1, 0.5), 1e-12);
    }
}
