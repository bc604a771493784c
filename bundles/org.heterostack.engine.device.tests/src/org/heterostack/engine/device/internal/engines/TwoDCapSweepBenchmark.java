package org.heterostack.engine.device.internal.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Device;
import org.heterostack.model.Orientation;
import org.heterostack.model.ResultStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A sweep of the 2D cap of the IonMonger reference cell (n-i-p, cap between perovskite and HTL, with its mobile ions
 * and full protocol): n = 1..5 x thickness 1..20 nm, sheets parallel and perpendicular to the substrate, through the
 * AnalysisRunner as a study would run it. Prints the reverse-scan PCE of each cap and the time each run and the
 * sweep took. Not a timed test.
 */
@Tag("bench")
class TwoDCapSweepBenchmark {

    private static final double[] THICKNESS_NM = {1, 2, 5, 10, 20};

    @Test
    void capNumberOfLayersTimesThickness() throws InterruptedException {
        IAnalysisEngine engine = Services.engine(DriftDiffusionEngine.ID);
        AnalysisRunner runner = new AnalysisRunner();
        runner.run(engine, DeviceModels.ionMonger(), Map.of(), null);
        AnalysisResult bare = runner.run(engine, DeviceModels.ionMonger(), Map.of(), null);
        System.out.printf("[bench] 2D cap sweep on the IonMonger reference cell (reverse-scan PCE %%; no cap %.2f %%)%n",
                Services.value(bare, "pce_reverse"));
        for (Orientation orientation : new Orientation[] {Orientation.PARALLEL, Orientation.VERTICAL}) {
            long sweep = System.nanoTime();
            double slowest = 0;
            StringBuilder header = new StringBuilder(String.format("[bench] %-8s n \\ nm", orientation));
            for (double nm : THICKNESS_NM) {
                header.append(String.format(" %7.0f", nm));
            }
            System.out.println(header);
            for (int n = 1; n <= 5; n++) {
                StringBuilder row = new StringBuilder(String.format("[bench] %-8s %6d", "", n));
                for (double nm : THICKNESS_NM) {
                    Device device = DeviceModels.ionMonger();
                    TwoDCaps.capped(device, TwoDCaps.phase(n, orientation), nm);
                    long t0 = System.nanoTime();
                    AnalysisResult result = runner.run(engine, device, Map.of(), null);
                    slowest = Math.max(slowest, (System.nanoTime() - t0) * 1e-9);
                    assertEquals(ResultStatus.OK, result.getStatus(), Services.messages(result));
                    row.append(String.format(" %7.2f", Services.value(result, "pce_reverse")));
                }
                System.out.println(row);
            }
            double seconds = (System.nanoTime() - sweep) * 1e-9;
            System.out.printf("[bench] %-8s 25 caps in %.2f s (%.3f s per cap, slowest %.3f s)%n", orientation,
                    seconds, seconds / 25, slowest);
        }
    }
}
