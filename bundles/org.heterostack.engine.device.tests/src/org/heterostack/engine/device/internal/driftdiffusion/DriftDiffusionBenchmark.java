package org.heterostack.engine.device.internal.driftdiffusion;

import java.util.Arrays;

import org.heterostack.engine.device.internal.common.SolarCellFigures;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Full IonMonger reference protocol (steady state at Vbi, 5 s tanh ramp to 1.2 V, reverse and forward scans
 * at 0.1 V/s, 121 J-V samples each) on the IonMonger grid size (400 absorber intervals), warm JVM, one
 * thread. Goal: &lt;= 0.25 s (IonMonger under GNU Octave: about 18 s).
 */
@Tag("bench")
class DriftDiffusionBenchmark {

    @Test
    void referenceProtocol400Intervals() {
        DeviceStack device = ReferenceDevices.ionMonger();
        DriftDiffusionSimulator sim = new DriftDiffusionSimulator(device, NumericalOptions.defaults());
        VoltageProtocol protocol = VoltageProtocol.jvScan(device.builtInVoltageV(), 1.2, 5, 0.1, 0, 121);
        DriftDiffusionResult last = null;
        for (int i = 0; i < 8; i++) {
            last = sim.run(protocol);
        }
        int reps = 15;
        double[] times = new double[reps];
        for (int i = 0; i < reps; i++) {
            long t0 = System.nanoTime();
            last = sim.run(protocol);
            times[i] = (System.nanoTime() - t0) * 1e-9;
        }
        Arrays.sort(times);
        System.out.printf("[bench] drift-diffusion reference protocol, %d nodes / %d unknowns: best %.3f s, median %.3f s"
                + " (warm, %d runs) [goal <= 0.25 s; IonMonger/Octave ~18 s]%n", sim.gridNodes(),
                last.statistics().unknowns(), times[0], times[reps / 2], reps);
        System.out.println("[bench] " + last.statistics());
        for (String scan : new String[] {"reverse", "forward"}) {
            SolarCellFigures f = last.scan(scan).figures();
            System.out.printf("[bench] %-7s Jsc %.3f mA/cm2  Voc %.4f V  FF %.2f %%  PCE %.3f %%%n", scan,
                    f.jscMilliAmpPerCm2(), f.vocV(), f.ffPercent(), f.pcePercent());
        }
        System.out.printf("[bench] hysteresis index %.4f%n", last.hysteresisIndex());
    }
}
