package org.heterostack.engine.device.internal.driftdiffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BandedLuTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void solvesRandomBandedSystemsThatNeedPivoting(int seed) {
        Random rnd = new Random(seed);
        int n = 60;
        int kl = 7;
        int ku = 7;
        BandedLu lu = new BandedLu(n, kl, ku);
        double[][] dense = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = Math.max(0, i - kl); j <= Math.min(n - 1, i + ku); j++) {
                // weak diagonal and wildly scaled rows force interchanges and exercise the equilibration
                double v = (rnd.nextDouble() - 0.5) * (i == j ? 1e-3 : 1) * Math.pow(10, i % 5 - 2);
                dense[i][j] = v;
                lu.add(i, j, v);
            }
        }
        double[] x = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextGaussian();
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                b[i] += dense[i][j] * x[j];
            }
        }
        assertTrue(lu.factor());
        lu.solve(b);
        for (int i = 0; i < n; i++) {
            assertEquals(x[i], b[i], 1e-8 * (1 + Math.abs(x[i])), "component " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {5})
    void reportsSingularMatrix(int n) {
        BandedLu lu = new BandedLu(n, 1, 1);
        for (int i = 0; i < n - 1; i++) {
            lu.add(i, i, 1);
        }
        assertFalse(lu.factor());
    }
}
