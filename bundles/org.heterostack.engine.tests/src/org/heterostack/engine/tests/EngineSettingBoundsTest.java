package org.heterostack.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.EngineSettings;
import org.heterostack.engine.ResultBuilder;
import org.heterostack.model.HeterostackFactory;
import org.junit.jupiter.api.Test;

/**
 * Settings are checked before an engine runs (issue #11): one number syntax, no non-finite values, and counts
 * within the bounds the engine declares, so that no setting can make an engine build without end.
 */
class EngineSettingBoundsTest {

    private static final List<EngineSetting> DECLARED = List.of(
            EngineSetting.count("grid_intervals", 400, 8, 20_000, "grid intervals"),
            EngineSetting.number("step", 0.01, "V", 1e-4, 0.1, "sampling step"),
            EngineSetting.number("temperature", 300, "K", "cell temperature"));

    private static String refusal(String name, String value) {
        return assertThrows(IllegalArgumentException.class,
                () -> EngineSettings.resolve("test.engine", DECLARED, Map.of(name, value))).getMessage();
    }

    @Test
    void countsOutsideTheirBoundsAreRefused() {
        assertEquals("setting 'grid_intervals' of engine test.engine is 100000000; it must be within 8..20000",
                refusal("grid_intervals", "100000000"));
        assertEquals("setting 'grid_intervals' of engine test.engine is 400.5, not a whole number",
                refusal("grid_intervals", "400.5"));
        assertEquals("setting 'step' of engine test.engine is 1e-9; it must be within 1.0E-4..0.1 V",
                refusal("step", "1e-9"));
    }

    @Test
    void nonFiniteAndJavaStyleNumbersAreRefused() {
        for (String value : List.of("NaN", "Infinity", "1e400", "0x1p3", "300d")) {
            assertEquals("setting 'temperature' of engine test.engine is '" + value + "', not a number in K",
                    refusal("temperature", value));
        }
    }

    @Test
    void valuesWithinTheBoundsAreTaken() {
        EngineSettings settings = EngineSettings.resolve("test.engine", DECLARED,
                Map.of("grid_intervals", "800", "step", "0.005", "temperature", "1e2"));
        assertEquals(800, settings.number("grid_intervals"));
        assertEquals(0.005, settings.number("step"));
        assertEquals(100, settings.number("temperature"));
    }

    @Test
    void aSeriesLargerThanAResultMayHoldIsRefused() {
        ResultBuilder builder = new ResultBuilder(HeterostackFactory.eINSTANCE.createAnalysisResult());
        double[] points = new double[ResultBuilder.MAX_SERIES_POINTS + 1];
        assertEquals("series 'huge' has 100001 points; a result holds at most 100000 per series",
                assertThrows(IllegalArgumentException.class,
                        () -> builder.series("huge", "x", "1", points, "y", "1", points)).getMessage());
    }
}
