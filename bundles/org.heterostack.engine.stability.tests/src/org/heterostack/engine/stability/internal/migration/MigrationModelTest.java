package org.heterostack.engine.stability.internal.migration;

import static org.heterostack.engine.stability.internal.fixtures.SpacerCatalogue.BA;
import static org.heterostack.engine.stability.internal.fixtures.SpacerCatalogue.CAPPING_20_NM;
import static org.heterostack.engine.stability.internal.fixtures.SpacerCatalogue.OA;
import static org.heterostack.engine.stability.internal.fixtures.SpacerCatalogue.PEA;
import static org.heterostack.engine.stability.internal.fixtures.SpacerCatalogue.VBA;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.heterostack.engine.stability.internal.common.ParameterSet;
import org.heterostack.engine.stability.internal.common.SpacerClass;
import org.heterostack.engine.stability.internal.common.SpacerDescriptor;
import org.heterostack.engine.stability.internal.common.StabilityException;
import org.heterostack.engine.stability.internal.common.TimeGrid;
import org.heterostack.engine.stability.internal.condition.IsosPreset;
import org.heterostack.engine.stability.internal.condition.StressCondition;
import org.junit.jupiter.api.Test;

class MigrationModelTest {

    private static final ParameterSet DEFAULTS = MigrationParameters.defaults();
    private static final TimeGrid THOUSAND_HOURS = new TimeGrid(1000, 51);
    private static final StressCondition HOT = IsosPreset.ISOS_D_2_85.condition();
    private final MigrationModel model = new MigrationModel();

    private MigrationResult run(SpacerDescriptor spacer) {
        return model.run(spacer, HOT, CAPPING_20_NM, THOUSAND_HOURS, DEFAULTS);
    }

    private double depthNm(SpacerDescriptor spacer) {
        return run(spacer).quantity("penetration_depth_nm").value();
    }

    /** Review section 7: cross-linked VBA (Proppe et al. 2019) suppresses migration compared with PEA. */
    @Test
    void crossLinkedVbaMigratesLessThanPea() {
        assertTrue(depthNm(VBA) < depthNm(PEA) / 10, "VBA " + depthNm(VBA) + " nm vs PEA " + depthNm(PEA) + " nm");
    }

    /** Review section 7 (Park et al. 2023): alkyl OA/BA stay near the surface, aryl PEA penetrates deeper. */
    @Test
    void alkylSpacersStayNearTheSurface() {
        assertTrue(depthNm(OA) < depthNm(PEA) / 10);
        assertTrue(depthNm(BA) < depthNm(PEA) / 10);
        assertTrue(run(OA).quantity("retained_capping_fraction").value()
                > run(PEA).quantity("retained_capping_fraction").value());
    }

    /** Review section 7 (refs. 151-153): bulky conjugated ligands impede migration. */
    @Test
    void bulkyConjugatedSpacersMigrateLessThanAryl() {
        SpacerDescriptor conjugated = new SpacerDescriptor("4Tm-like", 9.8, 4.0, 0, SpacerClass.BULKY_CONJUGATED,
                false);
        assertTrue(depthNm(conjugated) < depthNm(PEA) / 10);
    }

    /** Calibration targets stated in the parameter sources: about 100 nm (aryl) and 4 nm (alkyl), 1000 h, 85 °C. */
    @Test
    void defaultsReproduceTheirCalibrationTargets() {
        assertEquals(100.0, depthNm(PEA), 2.0, "aryl sqrt(D t) after 1000 h at 85 °C");
        assertEquals(3.9, depthNm(OA), 0.1, "alkyl sqrt(D t) after 1000 h at 85 °C");
    }

    /** Thermal ageing drives the 2D phase to higher n and removes part of the capping layer (Perini et al. 2022). */
    @Test
    void thermalAgeingShiftsTheNDistributionUpwards() {
        MigrationResult r = run(PEA);
        List<Double> meanN = r.meanN().y();
        for (int i = 1; i < meanN.size(); i++) {
            assertTrue(meanN.get(i) >= meanN.get(i - 1) - 1e-12, "mean n must not decrease (index " + i + ")");
        }
        assertTrue(r.quantity("mean_n_final").value() > r.quantity("mean_n_initial").value());
        assertTrue(r.quantity("bulk_like_fraction_final").value() > 0.1, "capping layer partly lost");
        assertEquals(1.0 - r.quantity("retained_capping_fraction").value(),
                r.quantity("capping_layer_loss_fraction").value(), 1e-15);
    }

    @Test
    void sameInputGivesIdenticalOutput() {
        assertEquals(run(PEA), new MigrationModel().run(PEA, HOT, CAPPING_20_NM, THOUSAND_HOURS,
                MigrationParameters.defaults()));
    }

    @Test
    void nonIntegerNMaxIsRejected() {
        StabilityException e = assertThrows(StabilityException.class, () -> model.run(PEA, HOT, CAPPING_20_NM,
                THOUSAND_HOURS, DEFAULTS.with(MigrationParameters.N_MAX_2D, 4.5)));
        assertEquals("parameter migration.n_max_2d must be an integer within 1..100, got 4.5", e.getMessage());
    }
}
