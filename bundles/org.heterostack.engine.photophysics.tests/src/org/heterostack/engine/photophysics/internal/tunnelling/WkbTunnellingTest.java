package org.heterostack.engine.photophysics.internal.tunnelling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;
import org.junit.jupiter.api.Test;

class WkbTunnellingTest {

    /** Hand calculation: d = 7.5 A (BA bilayer gap), phi = 3 eV, m = m0: kappa = 8.873e9 1/m, T = exp(-13.31). */
    @Test
    void baBilayerHandCalculation() {
        OrganicBarrier b = new OrganicBarrier(7.5e-10, 3.0, 1.0);
        assertEquals(8.873e9, WkbTunnelling.decayConstantPerM(b), 1e6);
        assertEquals(Math.exp(-2 * 7.5e-10 * 8.8734e9), WkbTunnelling.transmission(b), 1e-8);
    }

    /** Review §3.3: shorter (DJ) and lower (conjugated) barriers transmit more. */
    @Test
    void thinnerOrLowerBarrierTransmitsMore() {
        double ba = WkbTunnelling.transmission(new OrganicBarrier(7.5e-10, 3.0, 1.0));
        double dj = WkbTunnelling.transmission(new OrganicBarrier(4.0e-10, 3.0, 1.0));
        double conj = WkbTunnelling.transmission(OrganicBarrier.fromLevels(7.5e-10, -5.4, -5.9, 1.0));
        assertTrue(dj > ba && conj > ba);
        assertEquals(0.5, OrganicBarrier.fromLevels(7.5e-10, -5.4, -5.9, 1.0).heightEv(), 1e-12);
    }

    @Test
    void noBarrierIsRejected() {
        assertThrows(PhotophysicsException.class, () -> OrganicBarrier.fromLevels(7.5e-10, -5.4, -5.4, 1.0));
    }
}
