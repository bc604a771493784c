package org.heterostack.engine.stability.internal.ageing;

import static org.heterostack.engine.stability.internal.fixtures.SpacerCatalogue.CAPPING_20_NM;
import static org.heterostack.engine.stability.internal.fixtures.SpacerCatalogue.F4_PEA;
import static org.heterostack.engine.stability.internal.fixtures.SpacerCatalogue.OA;
import static org.heterostack.engine.stability.internal.fixtures.SpacerCatalogue.PEA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.heterostack.engine.stability.internal.common.ParameterSet;
import org.heterostack.engine.stability.internal.common.SpacerDescriptor;
import org.heterostack.engine.stability.internal.common.StabilityException;
import org.heterostack.engine.stability.internal.condition.IsosPreset;
import org.junit.jupiter.api.Test;

class AgeingProjectionModelTest {

    private static final ParameterSet DEFAULTS = AgeingParameters.allDefaults();
    private final AgeingProjectionModel model = new AgeingProjectionModel();

    private AgeingResult project(SpacerDescriptor spacer, IsosPreset stress) {
        return model.project(AgeingRequest.of(spacer, CAPPING_20_NM, stress.condition(),
                IsosPreset.ISOS_D_1.condition()), DEFAULTS);
    }

    /**
     * Review section 7 (Perini et al., Adv. Mater. 2022; Jiang et al., Nat. Photonics 2019, Fig. 9(b)): OA-based
     * 2D/3D is more thermally stable than PEA-based at 85 °C, dark and under 1 sun.
     */
    @Test
    void octylammoniumOutlivesPhenethylammoniumAt85Celsius() {
        for (IsosPreset preset : new IsosPreset[] {IsosPreset.ISOS_D_2_85, IsosPreset.ISOS_L_2_85}) {
            AgeingResult oa = project(OA, preset);
            AgeingResult pea = project(PEA, preset);
            assertFalse(oa.t80Stress().censored() || pea.t80Stress().censored(), preset.label());
            assertTrue(oa.t80Stress().hours() > 2 * pea.t80Stress().hours(), preset.label() + ": T80 OA "
                    + oa.t80Stress().describe() + " vs PEA " + pea.t80Stress().describe());
        }
    }

    /** Reconstruction dominates PEA at 85 °C: a fast initial drop (Perini et al. 2022 report an early drop). */
    @Test
    void peaDegradesByReconstructionAt85Celsius() {
        AgeingResult pea = project(PEA, IsosPreset.ISOS_D_2_85);
        assertEquals(DegradationMode.RECONSTRUCTION, pea.dominantMode());
        assertTrue(pea.t95Stress().hours() < 0.1 * pea.t80Stress().hours(), "early drop: T95 << T80");
    }

    /**
     * Review section 7: moisture stability follows ligand hydrophobicity; fluorinated 4F-PEA (higher logP, one F)
     * resists moisture better than its parent PEA and lives longer in damp heat (ISOS-D-3).
     */
    @Test
    void fluorinatedSpacerIsMoreMoistureResistantThanItsParent() {
        AgeingResult f = project(F4_PEA, IsosPreset.ISOS_D_3);
        AgeingResult pea = project(PEA, IsosPreset.ISOS_D_3);
        assertTrue(f.quantity("moisture_resistance_factor").value() > pea.quantity("moisture_resistance_factor")
                .value());
        assertTrue(f.quantity("moisture_rate_per_hour").value() < pea.quantity("moisture_rate_per_hour").value());
        assertTrue(f.t80Stress().hours() > pea.t80Stress().hours(), "damp heat T80 4F-PEA "
                + f.t80Stress().describe() + " vs PEA " + pea.t80Stress().describe());
    }

    /** Calibration target of ageing.moisture.prefactor_per_s: moisture-only T80 = 300 h at 85/85 for logP_ref. */
    @Test
    void moisturePrefactorReproducesItsCalibrationTarget() {
        AgeingResult pea = project(PEA, IsosPreset.ISOS_D_3);
        double t80MoistureOnly = Math.log(1 / 0.8) / pea.quantity("moisture_rate_per_hour").value();
        assertEquals(300.0, t80MoistureOnly, 3.0);
        assertEquals(1.0, pea.quantity("moisture_resistance_factor").value(), 1e-12, "PEA is the reference");
    }

    /** AF = exp(Ea/k (1/Tuse - 1/Tstress)) = 50.03 for Ea = 0.6 eV, 85 -> 25 °C (hand calculation). */
    @Test
    void accelerationFactorAndExtrapolation() {
        AgeingResult r = project(OA, IsosPreset.ISOS_D_2_85);
        assertEquals(50.03, r.quantity("acceleration_factor").value(), 0.05);
        assertEquals(r.t80Stress().hours() * 50.03, r.quantity("t80_use_extrapolated_hours").value(),
                r.t80Stress().hours() * 0.05);
        assertEquals(r.quantity("acceleration_factor").value() * r.quantity("acceleration_factor_humidity").value()
                * r.quantity("acceleration_factor_light").value(), r.quantity("acceleration_factor_total").value(),
                1e-9);
    }

    @Test
    void lifetimeBeyondTheHorizonIsCensoredNotInvented() {
        AgeingResult r = model.project(new AgeingRequest(OA, CAPPING_20_NM, IsosPreset.ISOS_D_1.condition(),
                IsosPreset.ISOS_D_1.condition(), 10.0, 11), DEFAULTS);
        assertTrue(r.t80Stress().censored());
        assertEquals(10.0, r.quantity("t80_hours").value());
        assertEquals(1.0, r.quantity("t80_censored").value());
    }

    @Test
    void t80IsWherePerformanceCrossesEightyPercent() {
        AgeingRequest request = AgeingRequest.of(PEA, CAPPING_20_NM, IsosPreset.ISOS_L_2_85.condition(),
                IsosPreset.ISOS_L_1.condition());
        AgeingResult r = model.project(request, DEFAULTS);
        DegradationKinetics k = new DegradationKinetics(PEA, CAPPING_20_NM, request.stress(), DEFAULTS);
        assertEquals(0.8, k.relativePerformance(r.t80Stress().hours() * 3600), 1e-9);
        assertEquals(0.95, k.relativePerformance(r.t95Stress().hours() * 3600), 1e-9);
    }

    @Test
    void sameInputGivesIdenticalOutput() {
        AgeingResult a = project(PEA, IsosPreset.ISOS_T_1);
        AgeingResult b = new AgeingProjectionModel().project(AgeingRequest.of(PEA, CAPPING_20_NM,
                IsosPreset.ISOS_T_1.condition(), IsosPreset.ISOS_D_1.condition()), AgeingParameters.allDefaults());
        assertEquals(a, b);
    }

    @Test
    void assumptionsArePrinted() {
        AgeingResult r = project(PEA, IsosPreset.ISOS_D_2_85);
        assertTrue(r.assumptions().stream().anyMatch(l -> l.startsWith("T80 is most sensitive to ")));
        DEFAULTS.all().forEach(p -> assertTrue(r.assumptions().stream().anyMatch(l -> l.startsWith(p.name() + " = ")),
                p.name()));
    }

    @Test
    void lossCoefficientAboveOneIsRejected() {
        StabilityException e = assertThrows(StabilityException.class, () -> model.project(AgeingRequest.of(PEA,
                CAPPING_20_NM, IsosPreset.ISOS_D_3.condition(), IsosPreset.ISOS_D_1.condition()),
                DEFAULTS.with(AgeingParameters.CHEMICAL_LOSS, 1.5)));
        assertEquals("parameter ageing.chemical_loss_coefficient must be within [0, 1], got 1.5", e.getMessage());
    }
}
