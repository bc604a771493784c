package org.heterostack.engine.photophysics.internal.dipole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;
import org.junit.jupiter.api.Test;

class InterfaceDipoleTest {

    /** Helmholtz: 1e18 m^-2 x 1 D (3.33564e-30 C m) / (8.8541878e-12 F/m x 3) = 0.1256 V, by hand. */
    @Test
    void helmholtzStep() {
        assertEquals(0.12557, InterfaceDipole.potentialStepV(1e18, 1.0, 3.0), 1e-5);
        assertEquals(-0.12557, InterfaceDipole.potentialStepV(1e18, -1.0, 3.0), 1e-5);
    }

    @Test
    void rejectsZeroPermittivity() {
        assertThrows(PhotophysicsException.class, () -> InterfaceDipole.potentialStepV(1e18, 1.0, 0.0));
    }
}
