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
            sink += model.pceVersusBandGap(0.5, 3.0, 2501, 300, 1.0).peakPcePercent();
        }
        int reps = 200;
        long t0 = System.nanoTime();
        for (int i = 0; i < reps; i++) {
            sink += model.pceVersusBandGap(0.5, 3.0, 2501, 300, 1.0).peakPcePercent();
        }
        double ms = (System.nanoTime() - t0) / 1e6 / reps;
        System.out.printf("[bench] detailed balance PCE-vs-gap, 2501 gaps 0.5-3.0 eV: %.3f ms (warm, mean of %d)"
                + " [goal < 20 ms] (checksum %.1f)%n", ms, reps, sink);
    }
}
