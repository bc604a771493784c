package org.heterostack.engine.device.internal.driftdiffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GridTest {

    @Test
    void nodesLieOnInterfacesAndTwentyPercentWithinADebyeLength() {
        DeviceStack s = ReferenceDevices.ionMonger();
        Grid g = Grid.build(s, 400);
        assertEquals(100e-9, g.xM[g.layerFirstNode[1]], 1e-20);
        assertEquals(500e-9, g.xM[g.layerFirstNode[2]], 1e-20);
        assertEquals(700e-9, g.xM[g.nodes - 1], 1e-20);
        for (int i = 0; i + 1 < g.nodes; i++) {
            assertTrue(g.xM[i + 1] > g.xM[i], "monotone at " + i);
        }
        // IonMonger (Courtier et al. 2019 sec. 4.1): X = 0.2 of the perovskite intervals within one ionic
        // Debye length L_D = sqrt(eps kT / (q^2 N0)) of the interface
        double debye = Math.sqrt(24.1 * 8.8541878128e-12 * s.thermalVoltageV() / (1.602176634e-19 * 1.6e25));
        int within = 0;
        for (int i = g.layerFirstNode[1]; i < g.layerFirstNode[2]; i++) {
            if (g.xM[i + 1] - 100e-9 <= debye + 1e-15) {
                within++;
            }
        }
        assertEquals(80, within, 1);
        // the spacing matches across the ETL/perovskite interface within a factor 2
        int k = g.layerFirstNode[1];
        double ratio = (g.xM[k] - g.xM[k - 1]) / (g.xM[k + 1] - g.xM[k]);
        assertTrue(ratio > 0.5 && ratio < 2, "spacing ratio " + ratio);
    }
}
