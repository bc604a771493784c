package org.heterostack.engine.stability.internal.engines;

import static org.heterostack.engine.stability.internal.engines.Engines.hasMessage;
import static org.heterostack.engine.stability.internal.engines.Engines.ok;
import static org.heterostack.engine.stability.internal.engines.Engines.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.Message;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.Series;
import org.heterostack.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The spacer chemistry engine as an OSGi service, run through the AnalysisRunner with default parameters. */
class SpacerChemistryEngineTest {

    private static IAnalysisEngine engine;
    private final StabilityModels models = new StabilityModels();

    @BeforeAll
    static void findEngine() throws InterruptedException {
        engine = Engines.engine(SpacerChemistryEngine.ID);
    }

    private double reacted(OrganicCation spacer) {
        return value(ok(engine, spacer, Map.of()), "reacted_fraction");
    }

    @Test
    void isAStabilityEngine() {
        assertEquals(EngineCategory.STABILITY, engine.descriptor().category());
        assertEquals("1.0.0", engine.descriptor().version());
        assertEquals("ISOS-L-2-85", engine.settings().stream().filter(s -> s.name().equals("condition")).findFirst()
                .orElseThrow().defaultValue());
    }

    /**
     * Calibration target of chemistry.prefactor_per_s (numerics README): PEA (pKa 9.8) half reacted after 500 h at
     * 85 °C and 1 sun, so 0.75 after 1000 h (two half-lives). Tolerances as in the numerics tests (10 h, 0.02).
     */
    @Test
    void peaIsHalfReactedAfter500HoursAt85CAndOneSun() {
        AnalysisResult result = ok(engine, models.pea(), Map.of());
        assertEquals(500, value(result, "half_life_hours"), 10);
        assertEquals("h", Engines.quantity(result, "half_life_hours").getUnit());
        assertEquals(0.75, value(result, "reacted_fraction"), 0.02);
        Series series = Engines.series(result, "reacted_fraction_vs_time");
        assertEquals(101, series.getX().size());
        assertEquals(1000, series.getX().get(100), 1e-9);
        assertEquals(value(result, "reacted_fraction"), series.getY().get(100), 1e-15);
        assertTrue(hasMessage(result, "dominant risk of spacer PEA: "), "the dominant risk is named");
        assertTrue(result.getProvenance().getCitations().contains(
                "docs/science.md §1.2, typical pKa of conjugate acids (aqueous)"), "the pKa source is cited");
    }

    /** Review section 7 (Wang et al. 2023): PEAMA (pKa 12.0) reacts less with FA+ than PEA (9.8) and BA (10.7). */
    @Test
    void peamaReactsLessThanPeaAndBa() {
        double peama = reacted(models.peama());
        assertTrue(peama < reacted(models.pea()), "PEAMA " + peama);
        assertTrue(peama < reacted(models.ba()), "PEAMA " + peama);
    }

    /** Review section 7 (Lee et al. 2021): CYCL (pKa 10.6) reacts less than PEA (9.8). */
    @Test
    void cyclReactsLessThanPea() {
        assertTrue(reacted(models.cycl()) < reacted(models.pea()));
    }

    @Test
    void aTwoDPhaseHeterostructureOrDeviceIsAnalysedThroughItsSpacer() {
        double cation = reacted(models.pea());
        assertEquals(cation, value(ok(engine, models.capping(models.pea()), Map.of()), "reacted_fraction"), 0);
        assertEquals(cation, value(ok(engine, models.heterostructure(models.pea()), Map.of()), "reacted_fraction"), 0);
        assertEquals(cation, value(ok(engine, models.device(models.pea()), Map.of()), "reacted_fraction"), 0);
    }

    @Test
    void withTwoSpacersTheMoreReactiveOneIsReported() {
        var phase = models.capping(models.peama());
        phase.getSpacers().add(models.pea());
        AnalysisResult result = ok(engine, phase, Map.of());
        assertEquals(reacted(models.pea()), value(result, "reacted_fraction"), 0);
        assertTrue(hasMessage(result, "the most reactive spacer, PEA, is reported"));
    }

    /** Dark room temperature: ISOS-D-1 reacts far less than 85 °C / 1 sun; a custom condition equals its preset. */
    @Test
    void conditionsComeFromPresetsOrExplicitSettings() {
        double hot = reacted(models.pea());
        double shelf = value(ok(engine, models.pea(), Map.of("condition", "ISOS-D-1")), "reacted_fraction");
        double custom = value(ok(engine, models.pea(), Map.of("condition", "custom", "temperature_c", "25",
                "relative_humidity_percent", "50", "irradiance_suns", "0")), "reacted_fraction");
        assertTrue(shelf < hot / 100, "shelf " + shelf + " vs " + hot);
        assertEquals(shelf, custom, 0);
    }

    @Test
    void everyParameterIsASetting() {
        AnalysisResult base = ok(engine, models.pea(), Map.of());
        AnalysisResult slower = ok(engine, models.pea(), Map.of("chemistry.activation_energy_ev", "1.0"));
        assertTrue(value(slower, "reacted_fraction") < value(base, "reacted_fraction"));
        assertEquals("1.0", slower.getProvenance().getSettings().get("chemistry.activation_energy_ev"));
        assertTrue(hasMessage(slower, "chemistry.activation_energy_ev = 1.0 eV (default 0.9;"), "assumption printed");
    }

    @Test
    void aCationWithoutPkaFailsNamingIt() {
        OrganicCation unknown = models.cation("XA", "CCC[NH3+]", null, null, org.heterostack.model.TailClass.ALKYL);
        AnalysisResult result = new AnalysisRunner().run(engine, unknown, Map.of(), null);
        assertEquals(ResultStatus.FAILED, result.getStatus());
        assertEquals(List.of("Organic cation 'XA+' has no pKa (attribute pKa: pKa of the conjugate acid in water at "
                + "25 °C, with its source in pKaSource)"), result.getMessages().stream().map(Message::getText).toList());
        assertEquals(Severity.ERROR, result.getMessages().get(0).getSeverity());
    }

    @Test
    void aPkaWithoutSourceIsAWarning() {
        OrganicCation unsourced = models.cation("YA", "CCC[NH3+]", 10.5, null, org.heterostack.model.TailClass.ALKYL);
        AnalysisResult result = ok(engine, unsourced, Map.of());
        assertTrue(result.getMessages().stream().anyMatch(m -> m.getSeverity() == Severity.WARNING
                && m.getText().equals("the pKa 10.5 of spacer YA has no source (pKaSource)")));
    }
}
