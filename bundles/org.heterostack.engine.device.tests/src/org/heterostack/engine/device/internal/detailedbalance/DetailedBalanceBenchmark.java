package org.heterostack.engine.device.internal.detailedbalance;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("bench")
class DetailedBalanceBenchmark {

    @Test
    void pceVersusBandGap2501Gaps() {
        DetailedBalanceModel model = new DetailedBalanceModel();
        double sink = 0;
        for (int i = 0; i < 200; i++) {
            sink += model.pceVersusBandGap(0.5, 3.0, 2501, 300, 1.0 - i * 1e-6).peakPcePercent();
        }
        int reps = 200;
        long t0 = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            // a new ERE each time: the curve is computed, not taken from the kept curves
            sink += model.pceVersusBandGap(0.5, 3.0, 2501, 300, 0.5 - i * 1e-6).peakPcePercent();
        }
        double computedMs = (System.nanoTime() - t0) / 1e6 / reps;
        t0 = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            sink += model.pceVersusBandGap(0.5, 3.0, 2501, 300, 1.0).peakPcePercent();
        }
        double keptMs = (System.nanoTime() - t0) / 1e6 / reps;
        System.out.printf("[bench] detailed balance PCE-vs-gap, 2501 gaps 0.5-3.0 eV: computed %.3f ms, kept %.4f ms "
                + "(warm, mean of %d) [goal < 20 ms] (checksum %.1f)%n", computedMs, keptMs, reps, sink);
    }
}
