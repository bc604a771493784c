package org.heterostack.engine.stability.internal.engines;

import static org.heterostack.engine.stability.internal.engines.Engines.hasMessage;
import static org.heterostack.engine.stability.internal.engines.Engines.ok;
import static org.heterostack.engine.stability.internal.engines.Engines.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Message;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.TailClass;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The migration engine as an OSGi service on 2D phases and heterostructures, default parameters. */
class MigrationEngineTest {

    private static IAnalysisEngine engine;
    private final StabilityModels models = new StabilityModels();

    @BeforeAll
    static void findEngine() throws InterruptedException {
        engine = Engines.engine(MigrationEngine.ID);
    }

    private static String failure(NamedElement target) {
        AnalysisResult result = new AnalysisRunner().run(engine, target, Map.of(), null);
        assertEquals(ResultStatus.FAILED, result.getStatus());
        return String.join("\n", result.getMessages().stream().map(Message::getText).toList());
    }

    /**
     * Calibration targets of the migration D0 defaults (numerics README): aryl sqrt(D t) = 100 nm and alkyl about
     * 4 nm (3.9 in the numerics tests) after 1000 h at 85 °C; tolerances 2 nm and 0.1 nm as there.
     */
    @Test
    void peaPenetrates100NmAndOa4NmAfter1000HoursAt85C() {
        AnalysisResult pea = ok(engine, models.heterostructure(models.pea()), Map.of());
        assertEquals(100, value(pea, "penetration_depth_nm"), 2);
        assertEquals("nm", Engines.quantity(pea, "penetration_depth_nm").getUnit());
        assertEquals(3.9, value(ok(engine, models.capping(models.oa()), Map.of()), "penetration_depth_nm"), 0.1);
    }

    /** Review section 7 (Proppe et al. 2019): cross-linked VBA migrates less than PEA. */
    @Test
    void crossLinkedVbaMigratesLessThanPea() {
        AnalysisResult vba = ok(engine, models.heterostructure(models.vba()), Map.of());
        AnalysisResult pea = ok(engine, models.heterostructure(models.pea()), Map.of());
        assertTrue(value(vba, "penetration_depth_nm") < value(pea, "penetration_depth_nm") / 10);
        assertTrue(value(vba, "retained_capping_fraction") > value(pea, "retained_capping_fraction"));
        assertTrue(hasMessage(vba, "spacer VBA is cross-linkable (vinyl) and is taken as cross-linked in the film"));
        // not cross-linked, VBA is an ordinary aryl spacer: same D as PEA
        AnalysisResult loose = ok(engine, models.heterostructure(models.vba()), Map.of("assume_cross_linked", "false"));
        assertEquals(value(pea, "penetration_depth_nm"), value(loose, "penetration_depth_nm"), 1e-9);
    }

    /** Review section 7 (Perini et al. 2022): PEA caps lose spacer at 85 °C and drift to higher n. */
    @Test
    void theNDistributionDriftsAsTheCapLosesSpacer() {
        AnalysisResult pea = ok(engine, models.heterostructure(models.pea()), Map.of());
        assertEquals(1.5, value(pea, "mean_n_initial"), 1e-12, "0.6 x 1 + 0.3 x 2 + 0.1 x 3 (by hand)");
        assertTrue(value(pea, "mean_n_final") > value(pea, "mean_n_initial"));
        assertEquals(value(pea, "mean_n_final") - value(pea, "mean_n_initial"), value(pea, "mean_n_drift"), 1e-12);
        double sum = value(pea, "bulk_like_fraction_final");
        for (int n = 1; n <= 6; n++) {
            sum += value(pea, "pb_fraction_n" + n + "_final");
        }
        assertEquals(1, sum, 1e-9, "lead is conserved");
        assertEquals(6, Engines.series(pea, "n_distribution_final").getX().size());
        assertEquals(101, Engines.series(pea, "retained_capping_fraction_vs_time").getY().size());
    }

    @Test
    void appliesToTwoDPhasesAndHeterostructuresOnly() {
        assertTrue(engine.appliesTo(models.capping(models.pea())));
        assertTrue(engine.appliesTo(models.heterostructure(models.pea())));
        assertFalse(engine.appliesTo(models.pea()));
        assertFalse(engine.appliesTo(models.device(models.pea())));
    }

    @Test
    void missingCappingDataFailsNamingThePhaseAndAttribute() {
        Perovskite2D noThickness = models.capping(models.pea());
        noThickness.setThicknessNm(null);
        assertEquals("2D phase '(PEA)2PbI4 capping' has no thicknessNm (thickness of the 2D capping layer)",
                failure(noThickness));
        Perovskite2D noN = models.capping(models.pea());
        noN.getNPhases().clear();
        assertEquals("2D phase '(PEA)2PbI4 capping' has no nPhases (its n distribution)", failure(noN));
        Perovskite2D unclassified = models.capping(models.cation("ZA", "CCC[NH3+]", 10.6, null,
                TailClass.UNSPECIFIED));
        assertEquals("Organic cation 'ZA+' has tailClass UNSPECIFIED; the migration model needs ALKYL, ARYL, "
                + "HETEROARYL, CONJUGATED_OLIGOMER, ACID_FUNCTIONAL or ETHER (attribute tailClass)",
                failure(unclassified));
    }

    @Test
    void anInvalidParameterValueFailsWithTheModelsReason() {
        AnalysisResult result = new AnalysisRunner().run(engine, models.capping(models.pea()),
                Map.of("migration.n_max_2d", "2"), null);
        assertEquals(ResultStatus.FAILED, result.getStatus());
        assertEquals(List.of("2D phase '(PEA)2PbI4 capping' has an n phase n = 3 outside 1..2 (migration.n_max_2d)"),
                result.getMessages().stream().map(Message::getText).toList());
    }
}
