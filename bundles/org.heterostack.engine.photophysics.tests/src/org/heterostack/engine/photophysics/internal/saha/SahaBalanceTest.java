package org.heterostack.engine.photophysics.internal.saha;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;
import org.junit.jupiter.api.Test;

class SahaBalanceTest {

    /**
     * D'Innocenzo et al., Nat. Commun. 5, 3586 (2014): in MAPbI3 at solar-cell densities (~1e15 cm^-3) and room
     * temperature free carriers dominate; here Eb = 16 meV, mu = 0.104 (Miyata 2015) gives x &gt; 0.99.
     */
    @Test
    void bulkMapbi3IsMostlyFreeCarriers() {
        double x = SahaBalance.freeCarrierFraction(16, 0.104, 1e21, 300);
        assertTrue(x > 0.99, "x = " + x);
    }

    /** Blancon 2018: n = 1 excitons (470 meV) stay bound at room temperature; x &lt; 1 %. */
    @Test
    void n1IsExcitonic() {
        double x = SahaBalance.freeCarrierFraction(470, 0.221, 1e21, 300);
        assertTrue(x < 0.01, "x = " + x);
    }

    /** x solves x^2/(1-x) = K with K written out by hand (hbar = h / 2 pi, exact since the 2019 SI). */
    @Test
    void solvesTheBalance() {
        double kT = 1.380649e-23 * 300;
        double nq = Math.pow(0.15 * 9.1093837015e-31 * kT / (2 * Math.PI * Math.pow(6.62607015e-34 / (2 * Math.PI), 2)), 1.5);
        double k = nq / 1e23 * Math.exp(-0.1 * 1.602176634e-19 / kT);
        double x = SahaBalance.freeCarrierFraction(100, 0.15, 1e23, 300);
        assertEquals(k, x * x / (1 - x), 1e-9 * k);
    }

    @Test
    void rejectsNonPositive() {
        assertEquals("Saha: temperature (K) must be positive and finite, was 0.0",
                assertThrows(PhotophysicsException.class, () -> SahaBalance.freeCarrierFraction(10, 0.1, 1e21, 0)).getMessage());
    }
}
