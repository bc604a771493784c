package org.heterostack.engine.stability.internal.engines;

import static org.heterostack.engine.stability.internal.engines.Engines.hasMessage;
import static org.heterostack.engine.stability.internal.engines.Engines.ok;
import static org.heterostack.engine.stability.internal.engines.Engines.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.heterostack.chem.ChemistryToolkit;
import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Message;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ageing projection as an OSGi service with the chemistry toolkit injected, default parameters. */
class AgeingProjectionEngineTest {

    private static IAnalysisEngine engine;
    private static ChemistryToolkit toolkit;
    private final StabilityModels models = new StabilityModels();

    @BeforeAll
    static void findEngine() throws InterruptedException {
        engine = Engines.engine(AgeingProjectionEngine.ID);
        toolkit = Engines.toolkit();
    }

    private static EngineSetting setting(String name) {
        return engine.settings().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * The logP reference is the toolkit's logP of phenethylamine (CDK XLogP 1.30, chem toolkit tests), so a PEA
     * cap has a moisture resistance factor of exactly 1.
     */
    @Test
    void theLogPReferenceIsTheToolkitsPhenethylamine() throws Exception {
        EngineSetting reference = setting("ageing.moisture.logp_reference");
        double expected = toolkit.describe("[NH3+]CCc1ccccc1").logP();
        assertEquals(expected, Double.parseDouble(reference.defaultValue()), 0);
        assertEquals(1.30, expected, 0.01);
        assertTrue(reference.description().contains("computed by the chemistry toolkit"), reference.description());
        AnalysisResult pea = ok(engine, models.device(models.pea()), Map.of());
        assertEquals(1.0, value(pea, "moisture_resistance_factor"), 1e-12);
    }

    /**
     * Arrhenius AF between ISOS-D-2 85 °C and ISOS-L-1 25 °C with Ea = 0.6 eV:
     * exp(0.6 / 8.617333e-5 (1/298.15 - 1/358.15)) = 50.013 (by hand).
     */
    @Test
    void theDefaultAccelerationFactorIsArrhenius() {
        AnalysisResult pea = ok(engine, models.heterostructure(models.pea()), Map.of());
        assertEquals(50.013, value(pea, "acceleration_factor"), 0.001);
        assertEquals(value(pea, "t80_hours") * value(pea, "acceleration_factor"),
                value(pea, "t80_use_extrapolated_hours"), 1e-6 * value(pea, "t80_use_extrapolated_hours"));
        assertEquals("h", Engines.quantity(pea, "t80_hours").getUnit());
        assertTrue(value(pea, "t95_hours") < value(pea, "t80_hours"));
    }

    /** Review section 7: OA-based 2D/3D is more thermally stable than PEA-based at 85 °C (ISOS-D-2). */
    @Test
    void oaIsMoreThermallyStableThanPeaAt85C() {
        double oa = value(ok(engine, models.device(models.oa()), Map.of()), "t80_hours");
        double pea = value(ok(engine, models.device(models.pea()), Map.of()), "t80_hours");
        assertTrue(oa > pea, "T80 OA " + oa + " h, PEA " + pea + " h");
    }

    /** Review section 7: a fluorinated spacer (4F-PEA) is more moisture resistant than PEA (damp heat, ISOS-D-3). */
    @Test
    void fluorinatedPeaIsMoreMoistureResistant() {
        Map<String, String> dampHeat = Map.of("stress_condition", "ISOS-D-3");
        AnalysisResult fpea = ok(engine, models.heterostructure(models.fpea()), dampHeat);
        AnalysisResult pea = ok(engine, models.heterostructure(models.pea()), dampHeat);
        assertTrue(value(fpea, "moisture_resistance_factor") > value(pea, "moisture_resistance_factor"));
        assertTrue(value(fpea, "moisture_rate_per_hour") < value(pea, "moisture_rate_per_hour"));
        assertTrue(value(fpea, "t80_hours") > value(pea, "t80_hours"), "T80 4F-PEA " + value(fpea, "t80_hours")
                + " h, PEA " + value(pea, "t80_hours") + " h");
        assertTrue(hasMessage(fpea, "1 fluorine atom(s) from SMILES [NH3+]CCc1ccc(F)cc1"));
    }

    @Test
    void theSensitivityNamesTheLeastCertainParameterAndAssumptionsArePrinted() {
        AnalysisResult pea = ok(engine, models.heterostructure(models.pea()), Map.of());
        Message least = pea.getMessages().stream().filter(m -> m.getText().startsWith("least certain parameter for "
                + "T80: ")).findFirst().orElseThrow();
        String name = least.getText().substring("least certain parameter for T80: ".length()).split(" ")[0];
        assertTrue(engine.settings().stream().anyMatch(s -> s.name().equals(name)), name + " is a setting");
        double low = value(pea, "t80_sensitivity_low_hours");
        double high = value(pea, "t80_sensitivity_high_hours");
        assertEquals(Math.max(Math.abs(Math.log10(low / value(pea, "t80_hours"))),
                Math.abs(Math.log10(high / value(pea, "t80_hours")))), value(pea, "t80_sensitivity_swing_decades"),
                1e-9);
        assertTrue(hasMessage(pea, "T80 sensitivity, one parameter at a time"));
        assertTrue(pea.getMessages().stream().anyMatch(m -> m.getSeverity() == Severity.INFO
                && m.getText().startsWith("ageing.moisture.logp_reference = ")), "every parameter is printed");
        assertTrue(hasMessage(pea, "stress condition ISOS-D-2 85 °C: 85.0 °C"));
        assertEquals(101, Engines.series(pea, "relative_efficiency_vs_time").getX().size());
    }

    @Test
    void stressAndUsePresetsAreSettings() {
        assertEquals("ISOS-D-2-85", setting("stress_condition").defaultValue());
        assertEquals("ISOS-L-1", setting("use_condition").defaultValue());
        assertTrue(setting("stress_condition").choices().containsAll(List.of("ISOS-D-1", "ISOS-D-2-65", "ISOS-D-3",
                "ISOS-L-1", "ISOS-L-2-85", "ISOS-T-1", "ISOS-T-3", "custom")));
        double d2 = value(ok(engine, models.heterostructure(models.pea()), Map.of()), "t80_hours");
        double l2 = value(ok(engine, models.heterostructure(models.pea()), Map.of("stress_condition", "ISOS-L-2-85")),
                "t80_hours");
        assertTrue(l2 < d2, "light at 85 °C ages faster than dark at 85 °C");
    }

    @Test
    void appliesToDevicesAndHeterostructures() {
        assertTrue(engine.appliesTo(models.device(models.pea())));
        assertTrue(engine.appliesTo(models.heterostructure(models.pea())));
        assertFalse(engine.appliesTo(models.pea()));
        assertFalse(engine.appliesTo(models.capping(models.pea())));
    }

    @Test
    void aSpacerWithoutSmilesFailsNamingIt() {
        var spacer = models.pea();
        spacer.setSmiles(null);
        AnalysisResult result = new AnalysisRunner().run(engine, models.device(spacer), Map.of(), null);
        assertEquals(ResultStatus.FAILED, result.getStatus());
        assertEquals(List.of("Organic cation 'PEA+' has no smiles (attribute smiles): logP and fluorine count come "
                + "from its structure"), result.getMessages().stream().map(Message::getText).toList());
    }
}
