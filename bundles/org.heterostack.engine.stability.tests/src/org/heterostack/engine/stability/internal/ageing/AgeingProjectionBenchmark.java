package org.heterostack.engine.stability.internal.ageing;

import org.heterostack.engine.stability.internal.common.ParameterSet;
import org.heterostack.engine.stability.internal.common.SpacerDescriptor;
import org.heterostack.engine.stability.internal.condition.IsosPreset;
import org.heterostack.engine.stability.internal.fixtures.SpacerCatalogue;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Times a full projection (T80/T95 stress and use, sensitivity over every uncertain parameter). */
@Tag("bench")
class AgeingProjectionBenchmark {

    @Test
    void projectAllCatalogueSpacersUnderAllPresets() {
        ParameterSet p = AgeingParameters.allDefaults();
        SpacerDescriptor[] spacers = {SpacerCatalogue.PEA, SpacerCatalogue.BA, SpacerCatalogue.OA,
            SpacerCatalogue.CYCL, SpacerCatalogue.PEAMA, SpacerCatalogue.VBA, SpacerCatalogue.F4_PEA};
        AgeingProjectionModel model = new AgeingProjectionModel();
        double sink = 0;
        for (int warm = 0; warm < 3; warm++) {
            sink += runAll(model, spacers, p);
        }
        int repeats = 5;
        long start = System.nanoTime();
        for (int i = 0; i < repeats; i++) {
            sink += runAll(model, spacers, p);
        }
        double perProjectionMs = (System.nanoTime() - start) / 1e6 / repeats / (spacers.length
                * IsosPreset.values().length);
        System.out.printf("AgeingProjectionBenchmark: %.3f ms per projection incl. sensitivity (checksum %.6g)%n",
                perProjectionMs, sink);
    }

    private static double runAll(AgeingProjectionModel model, SpacerDescriptor[] spacers, ParameterSet p) {
        double sum = 0;
        for (SpacerDescriptor s : spacers) {
            for (IsosPreset preset : IsosPreset.values()) {
                sum += model.project(AgeingRequest.of(s, SpacerCatalogue.CAPPING_20_NM, preset.condition(),
                        IsosPreset.ISOS_D_1.condition()), p).t80Stress().hours();
            }
        }
        return sum;
    }
}
