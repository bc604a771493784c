package org.heterostack.engine.stability.internal.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ArrheniusTest {

    /**
     * AF = exp(Ea/k (1/Tuse - 1/Tstress)) (docs/science.md §4): Ea = 0.6 eV, 85 °C stress, 25 °C use gives
     * exp(0.6 / 8.617333e-5 x (1/298.15 - 1/358.15)) = exp(3.9124) = 50.03 (hand calculation).
     */
    @Test
    void accelerationFactorBetween85And25Celsius() {
        assertEquals(50.03, Arrhenius.accelerationFactor(0.6, 298.15, 358.15), 0.05);
    }

    @Test
    void nonPositiveTemperatureIsRejectedByName() {
        StabilityException e = assertThrows(StabilityException.class, () -> Arrhenius.rate(1, 0.5, 0, "test process"));
        assertEquals("test process: temperature must be a finite value > 0 K, got 0.0", e.getMessage());
    }
}
