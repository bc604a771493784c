package org.heterostack.engine.photophysics.internal.quantumwell;

import java.util.Locale;

import org.heterostack.engine.photophysics.internal.common.LayerResult;
import org.heterostack.engine.photophysics.internal.common.PhotophysicsModel;
import org.heterostack.engine.photophysics.internal.empirical.EmpiricalModel;
import org.heterostack.engine.photophysics.internal.empirical.ReferenceSeries;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Times both engines and prints their per-n errors against the BA series (no assertions). */
@Tag("bench")
class PhotophysicsBenchmark {

    @Test
    void timeAndErrors() {
        new QuantumWellModel().layer(2); // warm-up (JIT)
        for (PhotophysicsModel m : new PhotophysicsModel[] {new EmpiricalModel(), new QuantumWellModel()}) {
            long t0 = System.nanoTime();
            for (int n = 1; n <= 5; n++) {
                m.layer(n);
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            System.out.println(String.format(Locale.ROOT, "%s: n = 1..5 in %.1f ms", m.name(), ms));
            for (int n = 1; n <= 5; n++) {
                LayerResult r = m.layer(n);
                double g = ReferenceSeries.BA_GAPS_EV.get(n - 1).value();
                double b = ReferenceSeries.BA_BINDING_MEV.get(n - 1).value();
                System.out.println(String.format(Locale.ROOT,
                        "  n=%d Eg %.3f eV (ref %.2f, %+.3f)  Eb %.1f meV (ref %.0f, %+.1f %%)  dEc %.3f dEv %.3f",
                        n, r.bandGapEv(), g, r.bandGapEv() - g, r.excitonBindingEnergyMeV(), b,
                        100 * (r.excitonBindingEnergyMeV() / b - 1), r.conductionShiftEv(), r.valenceShiftEv()));
            }
            System.out.println(String.format(Locale.ROOT, "  bulk Eg %.3f eV Eb %.1f meV", m.bulkLayer().bandGapEv(),
                    m.bulkLayer().excitonBindingEnergyMeV()));
        }
    }
}
