package org.heterostack.engine.stability.internal.spacerchemistry;

import static org.heterostack.engine.stability.internal.fixtures.SpacerCatalogue.BA;
import static org.heterostack.engine.stability.internal.fixtures.SpacerCatalogue.CYCL;
import static org.heterostack.engine.stability.internal.fixtures.SpacerCatalogue.PEA;
import static org.heterostack.engine.stability.internal.fixtures.SpacerCatalogue.PEAMA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.heterostack.engine.stability.internal.common.ParameterSet;
import org.heterostack.engine.stability.internal.common.SpacerClass;
import org.heterostack.engine.stability.internal.common.SpacerDescriptor;
import org.heterostack.engine.stability.internal.common.StabilityException;
import org.heterostack.engine.stability.internal.common.TimeGrid;
import org.heterostack.engine.stability.internal.condition.IsosPreset;
import org.heterostack.engine.stability.internal.condition.StressCondition;
import org.junit.jupiter.api.Test;

class SpacerChemistryModelTest {

    private static final ParameterSet DEFAULTS = SpacerChemistryParameters.defaults();
    private static final TimeGrid THOUSAND_HOURS = new TimeGrid(1000, 101);
    private final SpacerChemistryModel model = new SpacerChemistryModel();

    private double reacted(SpacerDescriptor spacer, IsosPreset preset) {
        return model.run(spacer, preset.condition(), THOUSAND_HOURS, DEFAULTS).quantity("reacted_fraction").value();
    }

    /**
     * Review section 7 (Wang et al., Nat. Energy 2023): PEA+ and BA+ react with FA+ at 85 °C under light, the high
     * pKa PEAMA+ (12.0) does not; CYCL (pKa 10.6) generates least free iodide (Lee et al. 2021), less than PEA.
     */
    @Test
    void highPkaSpacersReactLessWithFormamidinium() {
        for (IsosPreset preset : new IsosPreset[] {IsosPreset.ISOS_L_2_85, IsosPreset.ISOS_D_2_85,
            IsosPreset.ISOS_L_1}) {
            double pea = reacted(PEA, preset);
            double ba = reacted(BA, preset);
            double peama = reacted(PEAMA, preset);
            double cycl = reacted(CYCL, preset);
            assertTrue(peama < pea, preset + ": PEAMA " + peama + " must react less than PEA " + pea);
            assertTrue(peama < ba, preset + ": PEAMA " + peama + " must react less than BA " + ba);
            assertTrue(cycl < pea, preset + ": CYCL " + cycl + " must react less than PEA " + pea);
        }
    }

    /** Calibration target stated in the source of chemistry.prefactor_per_s: PEA half-life 500 h at 85 °C, 1 sun. */
    @Test
    void defaultPrefactorReproducesItsCalibrationTarget() {
        SpacerChemistryResult r = model.run(PEA, IsosPreset.ISOS_L_2_85.condition(), THOUSAND_HOURS, DEFAULTS);
        assertEquals(500.0, r.quantity("half_life_hours").value(), 10.0, "PEA half-life at ISOS-L-2 85 °C");
        assertEquals(0.75, r.quantity("reacted_fraction").value(), 0.02, "two half-lives in 1000 h");
    }

    /** van 't Hoff with dH = 55 kJ/mol: pKa(85 °C) = 9.8 + 55000/(R ln10) (1/358.15 - 1/298.15) = 8.186 (hand). */
    @Test
    void pkaFallsWithTemperatureByVantHoff() {
        assertEquals(8.186, SpacerChemistryModel.pkaAt(9.8, 358.15, DEFAULTS), 0.001);
        assertEquals(9.8, SpacerChemistryModel.pkaAt(9.8, 298.15, DEFAULTS), 1e-12);
    }

    /** Henderson-Hasselbalch: half of the spacer is neutral when pH = pKa. */
    @Test
    void halfNeutralWhenPhEqualsPka() {
        assertEquals(0.5, SpacerChemistryModel.neutralFraction(7.0, 298.15, DEFAULTS), 1e-12);
    }

    /** Light enters as (1 + beta I): one sun with beta = 3/sun multiplies the rate by exactly 4. */
    @Test
    void oneSunMultipliesTheRateByOnePlusBeta() {
        double dark = model.effectiveRatePerSecond(PEA, IsosPreset.ISOS_D_2_85.condition(), DEFAULTS);
        double light = model.effectiveRatePerSecond(PEA, IsosPreset.ISOS_L_2_85.condition(), DEFAULTS);
        assertEquals(4.0, light / dark, 1e-12);
    }

    @Test
    void dominantRiskIsNamed() {
        SpacerChemistryResult hot = model.run(PEA, IsosPreset.ISOS_L_2_85.condition(), THOUSAND_HOURS, DEFAULTS);
        assertEquals(ReactivityRisk.THERMAL, hot.dominantRisk());
        assertTrue(hot.riskText().contains("deprotonation/amidine formation with FA+"), hot.riskText());
        StressCondition roomDark = StressCondition.constant("25 °C dark", 25, 50, 0);
        SpacerChemistryResult room = model.run(PEA, roomDark, new TimeGrid(1e7, 11), DEFAULTS);
        assertEquals(ReactivityRisk.LOW_PKA, room.dominantRisk(), room.riskText());
        SpacerChemistryResult safe = model.run(PEAMA, roomDark, THOUSAND_HOURS, DEFAULTS);
        assertEquals(ReactivityRisk.NEGLIGIBLE, safe.dominantRisk(), safe.riskText());
    }

    @Test
    void sameInputGivesIdenticalOutput() {
        SpacerChemistryResult a = model.run(BA, IsosPreset.ISOS_T_1.condition(), THOUSAND_HOURS, DEFAULTS);
        SpacerChemistryResult b = new SpacerChemistryModel().run(BA, IsosPreset.ISOS_T_1.condition(),
                THOUSAND_HOURS, SpacerChemistryParameters.defaults());
        assertNotSame(a, b);
        assertEquals(a, b);
    }

    @Test
    void assumptionsPrintEveryParameter() {
        SpacerChemistryResult r = model.run(PEA, IsosPreset.ISOS_D_1.condition(), THOUSAND_HOURS, DEFAULTS);
        DEFAULTS.all().forEach(p -> assertTrue(r.assumptions().stream().anyMatch(l -> l.startsWith(p.name() + " = ")),
                p.name()));
    }

    @Test
    void unsetPkaIsReportedByName() {
        StabilityException e = assertThrows(StabilityException.class,
                () -> new SpacerDescriptor("XYZ", Double.NaN, 1.0, 0, SpacerClass.ARYL, false));
        assertEquals("spacer XYZ: pKa must be set and within 0..20, got NaN", e.getMessage());
    }

    @Test
    void zeroPrefactorIsRejected() {
        StabilityException e = assertThrows(StabilityException.class, () -> model.run(PEA,
                IsosPreset.ISOS_D_1.condition(), THOUSAND_HOURS,
                DEFAULTS.with(SpacerChemistryParameters.PREFACTOR, 0.0)));
        assertTrue(e.getMessage().startsWith("parameter chemistry.prefactor_per_s = 0.0 is outside its valid range"),
                e.getMessage());
    }
}
