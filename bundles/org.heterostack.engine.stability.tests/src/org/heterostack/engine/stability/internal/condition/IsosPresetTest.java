package org.heterostack.engine.stability.internal.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.heterostack.engine.stability.internal.common.StabilityException;
import org.junit.jupiter.api.Test;

/** Protocol values from Khenkin et al., Nat. Energy 5, 35 (2020), Table 1. */
class IsosPresetTest {

    @Test
    void dampHeatIs85Celsius85PercentDark() {
        StressCondition c = IsosPreset.ISOS_D_3.condition();
        assertEquals(358.15, c.maxTemperatureK(), 1e-9, "ISOS-D-3 temperature");
        assertEquals(85.0, c.relativeHumidityPercent(), "ISOS-D-3 humidity");
        assertEquals(0.0, c.irradianceSuns(), "ISOS-D-3 is dark");
    }

    @Test
    void lightSoakingAtElevatedTemperatureIsOneSun() {
        assertEquals(1.0, IsosPreset.ISOS_L_2_85.condition().irradianceSuns());
        assertEquals(358.15, IsosPreset.ISOS_L_2_85.condition().maxTemperatureK(), 1e-9);
        assertEquals(338.15, IsosPreset.ISOS_L_2_65.condition().maxTemperatureK(), 1e-9);
        assertEquals(1.0, IsosPreset.ISOS_L_1.condition().irradianceSuns());
        assertEquals(0.0, IsosPreset.ISOS_D_1.condition().irradianceSuns());
    }

    @Test
    void thermalCycleAveragesRatesOverBothPlateaus() {
        StressCondition c = IsosPreset.ISOS_T_3.condition();
        assertEquals(2, c.dwells().size());
        assertEquals(0.5 * (233.15 + 358.15), c.meanTemperatureK(), 1e-9, "ISOS-T-3: -40 <-> 85 °C");
        assertEquals(0.5 * (233.15 * 233.15 + 358.15 * 358.15), c.timeAverage(t -> t * t), 1e-6);
    }

    @Test
    void impossibleHumidityIsRejected() {
        StabilityException e = assertThrows(StabilityException.class,
                () -> StressCondition.constant("lab", 25, 120, 0));
        assertEquals("condition lab: relative humidity must be within 0..100 %, got 120.0", e.getMessage());
    }
}
