package org.heterostack.engine.device.internal.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Map;

import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Device;
import org.heterostack.model.ResultStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The drift-diffusion ENGINE end to end on the IonMonger reference device built in the model: OSGi service,
 * AnalysisRunner (worker thread, private copy of the target, provenance with input hash), model-to-numerics
 * mapping, the full protocol (steady state, 5 s tanh ramp, reverse and forward scans at 0.1 V/s, 121 samples
 * each, 400 perovskite intervals) and the result. Compare with {@code DriftDiffusionBenchmark} (numerics only;
 * goal &lt;= 0.25 s warm). Prints its figures; not a timed test.
 */
@Tag("bench")
class DriftDiffusionEngineBenchmark {

    @Test
    void referenceDeviceThroughTheAnalysisRunner() throws InterruptedException {
        IAnalysisEngine engine = Services.engine(DriftDiffusionEngine.ID);
        AnalysisRunner runner = new AnalysisRunner();
        Device device = DeviceModels.ionMonger();
        AnalysisResult last = null;
        for (int i = 0; i < 8; i++) {
            last = runner.run(engine, device, Map.of(), null);
        }
        int reps = 15;
        double[] times = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            last = runner.run(engine, device, Map.of(), null);
            times[i] = (System.nanoTime() - t0) * 1e-9;
        }
        assertEquals(ResultStatus.OK, last.getStatus(), Services.messages(last));
        Arrays.sort(times);
        System.out.printf("[bench] drift-diffusion ENGINE (AnalysisRunner, model device, 400 intervals): best %.3f s, "
                + "median %.3f s (warm, %d runs) [numerics goal <= 0.25 s; IonMonger/Octave ~18 s]%n", times[0],
                times[reps / 2], reps);
        for (String scan : new String[] {"reverse", "forward"}) {
            System.out.printf("[bench] %-7s Jsc %.3f mA/cm2  Voc %.4f V  FF %.2f %%  PCE %.3f %%%n", scan,
                    Services.value(last, "jsc_" + scan), Services.value(last, "voc_" + scan),
                    Services.value(last, "ff_" + scan), Services.value(last, "pce_" + scan));
        }
        System.out.printf("[bench] hysteresis index %.4f%n", Services.value(last, "hysteresis_index"));
    }
}
