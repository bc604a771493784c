package org.heterostack.engine.device.internal.engines;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.Map;

import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.MeasuredPerformance;
import org.heterostack.model.Quantity;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.io.ModelFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The drift-diffusion engine on the shipped 2D/3D examples (examples/*.hstack) with its default settings: prints
 * for every device the reverse-scan Jsc, Voc, FF and PCE beside the measured figures the file holds, and the time
 * each run took. Not a timed test; a failed run prints its reason.
 */
@Tag("bench")
class ExampleFiguresBenchmark {

    private static final String[] EXAMPLES = {"ba-mapbi3-nip", "3fpea-pin", "edoea-dj-grain-boundaries",
            "photodetector-2d3d", "ionmonger-reference"};

    @Test
    void examplesModelledBesideMeasured() throws InterruptedException {
        IAnalysisEngine engine = Services.engine(DriftDiffusionEngine.ID);
        AnalysisRunner runner = new AnalysisRunner();
        System.out.println("[bench] drift-diffusion on the examples (reverse scan): Jsc mA/cm2, Voc V, FF %, PCE %; "
                + "measured in brackets");
        for (String name : EXAMPLES) {
            Path file = Path.of("..", "..", "examples", name + ".hstack");
            HeterostackModel model = ModelFiles.load(file).model();
            assertNotNull(model, "cannot read " + file.toAbsolutePath());
            for (Device device : model.getDevices()) {
                long t0 = System.nanoTime();
                AnalysisResult result = runner.run(engine, device, Map.of(), null);
                double seconds = (System.nanoTime() - t0) * 1e-9;
                if (result.getStatus() != ResultStatus.OK) {
                    System.out.printf("[bench] %-28s %s in %.2f s: %s%n", name, result.getStatus(), seconds,
                            Services.messages(result));
                    continue;
                }
                MeasuredPerformance m = device.getMeasured();
                System.out.printf("[bench] %-28s Jsc %s  Voc %s  FF %s  PCE %s  (%.2f s)%n", name,
                        figure(result, "jsc_reverse", m == null ? null : m.getJscMAPerCm2()),
                        figure(result, "voc_reverse", m == null ? null : m.getVocV()),
                        figure(result, "ff_reverse", m == null ? null : m.getFillFactorPercent()),
                        figure(result, "pce_reverse", m == null ? null : m.getPcePercent()), seconds);
                result.getMessages().stream().filter(msg -> msg.getSeverity() != org.heterostack.model.Severity.INFO)
                        .forEach(msg -> System.out.println("[bench]     " + msg.getSeverity() + ": " + msg.getText()));
            }
        }
    }

    private static String figure(AnalysisResult result, String key, Double measured) {
        Quantity q = result.getQuantities().stream().filter(x -> x.getKey().equals(key)).findFirst().orElse(null);
        String model = q == null ? "-" : String.format("%.4g", q.getValue());
        return measured == null ? model : model + " [" + String.format("%.4g", measured) + "]";
    }
}
