package org.heterostack.engine.structure.internal.mismatch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.heterostack.engine.structure.internal.StructureException;
import org.junit.jupiter.api.Test;

class LatticeMismatchTest {

    /**
     * (BA)2PbI4 in-plane cell a = 8.8764, b = 8.6925 A (Stoumpos et al., Chem. Mater. 2016) -&gt; pseudo-cubic
     * sqrt(ab/2) = 6.211 A; on MAPbI3 a = 6.3 A the mismatch is -1.41 % (hand calculation).
     */
    @Test
    void baOnMapbi3() {
        double a2d = LatticeMismatch.pseudoCubicFromRotatedCell(8.8764, 8.6925);
        assertEquals(Math.sqrt(8.8764 * 8.6925 / 2), a2d, 1e-12);
        assertEquals((a2d - 6.3) / 6.3, LatticeMismatch.fraction(a2d, 6.3), 1e-12);
        assertEquals(-0.0141, LatticeMismatch.fraction(a2d, 6.3), 5e-4);
    }

    @Test
    void nonPositiveIsRejected() {
        assertThrows(StructureException.class, () -> LatticeMismatch.fraction(0, 6.3));
    }
}
