package org.heterostack.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.EngineException;
import org.heterostack.engine.internal.InputHash;
import org.heterostack.engine.sample.StackAbsorptionEngine;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.Layer;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.Severity;
import org.heterostack.model.TransportMaterial;
import org.junit.jupiter.api.Test;

/** Whatever an engine does, the caller gets a result with provenance; failures carry a reason and no numbers. */
class AnalysisRunnerTest {

    private final AnalysisRunner runner = new AnalysisRunner(Duration.ofMillis(500));

    private static String onlyMessage(AnalysisResult result) {
        assertEquals(1, result.getMessages().size(), result.getMessages().toString());
        return result.getMessages().get(0).getText();
    }

    @Test
    void aRealEngineReportsQuantitiesWithUnitsAndProvenance() {
        Device cell = Models.nipCell();
        AnalysisResult result = runner.run(new StackAbsorptionEngine(), cell, Map.of(), null);
        assertEquals(ResultStatus.OK, result.getStatus(), result.getMessages().toString());
        assertEquals(cell, result.getTarget());
        assertEquals(StackAbsorptionEngine.ID, result.getEngineId());
        assertEquals(700, result.getQuantities().get(0).getValue(), 1e-9);
        assertEquals("nm", result.getQuantities().get(0).getUnit());
        // 1 - exp(-1.3e7 /m x 400 nm) = 0.99448 (Beer-Lambert, by hand)
        assertEquals(0.99448, result.getQuantities().get(2).getValue(), 1e-5);
        assertEquals("1.0.0", result.getProvenance().getEngineVersion());
        assertEquals(64, result.getProvenance().getInputHash().length());
        assertNotNull(result.getProvenance().getTimestamp());
        assertTrue(result.getProvenance().getCitations().get(0).contains("Beer"));
    }

    @Test
    void effectiveSettingsAreRecorded() {
        AnalysisResult result = runner.run(new TestEngine((request, builder, monitor) -> builder.quantity("t",
                request.settings().number("temperature"), "K", "temperature")), Models.nipCell(),
                Map.of("temperature", "350"), null);
        assertEquals(ResultStatus.OK, result.getStatus());
        assertEquals(350, result.getQuantities().get(0).getValue());
        assertEquals("350", result.getProvenance().getSettings().get("temperature"));
        assertEquals("srh", result.getProvenance().getSettings().get("model"));
    }

    @Test
    void engineExceptionBecomesAFailedResultWithItsMessage() {
        AnalysisResult result = runner.run(new TestEngine((request, builder, monitor) -> {
            builder.quantity("partial", 1, "1", "written before the failure");
            throw new EngineException("Newton did not converge at t = 2.5 s, V = 0.85 V");
        }), Models.nipCell(), Map.of(), null);
        assertEquals(ResultStatus.FAILED, result.getStatus());
        assertEquals("Newton did not converge at t = 2.5 s, V = 0.85 V", onlyMessage(result));
        assertEquals(Severity.ERROR, result.getMessages().get(0).getSeverity());
        assertTrue(result.getQuantities().isEmpty(), "a failed result carries no numbers");
    }

    @Test
    void aCrashingEngineIsReportedNotPropagated() {
        AnalysisResult result = runner.run(new TestEngine((request, builder, monitor) -> {
            throw new IllegalStateException("boom");
        }), Models.nipCell(), Map.of(), null);
        assertEquals(ResultStatus.FAILED, result.getStatus());
        assertEquals("Test engine (test.engine) failed with an internal error (IllegalStateException: boom); please"
                + " report it to"
                + " Test provider", onlyMessage(result));
    }

    @Test
    void nonFiniteNumbersAreRefused() {
        AnalysisResult result = runner.run(new TestEngine((request, builder, monitor) -> builder.quantity("pce",
                Double.NaN, "%", "efficiency")), Models.nipCell(), Map.of(), null);
        assertEquals(ResultStatus.FAILED, result.getStatus());
        assertEquals("Test engine (test.engine) failed: the engine produced NaN for 'pce'", onlyMessage(result));
        assertTrue(result.getQuantities().isEmpty());
    }

    @Test
    void aHangingEngineTimesOutAndIsCancelled() {
        long start = System.nanoTime();
        AnalysisResult result = runner.run(new TestEngine((request, builder, monitor) -> {
            while (!monitor.isCanceled()) {
                Thread.onSpinWait();
            }
            builder.quantity("late", 1, "1", "written after the time limit");
        }), Models.nipCell(), Map.of(), null);
        assertEquals(ResultStatus.FAILED, result.getStatus());
        assertEquals("Test engine (test.engine) did not finish within 0.5 s", onlyMessage(result));
        assertTrue(result.getQuantities().isEmpty());
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "the caller was not released");
    }

    @Test
    void anEngineThatDoesNotApplySaysSo() {
        TransportMaterial material = HeterostackFactory.eINSTANCE.createTransportMaterial();
        material.setName("TiO2");
        AnalysisResult result = runner.run(new TestEngine((request, builder, monitor) -> { }), material, Map.of(),
                null);
        assertEquals(ResultStatus.FAILED, result.getStatus());
        assertEquals("Test engine does not apply to TransportMaterial 'TiO2'", onlyMessage(result));
    }

    @Test
    void badSettingsAreBadInputNotAFailedAnalysis() {
        TestEngine engine = new TestEngine((request, builder, monitor) -> { });
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> runner.run(engine, Models.nipCell(), Map.of("temprature", "300"), null));
        assertEquals("engine test.engine has no setting 'temprature'; its settings: temperature, model",
                unknown.getMessage());
        IllegalArgumentException notANumber = assertThrows(IllegalArgumentException.class,
                () -> runner.run(engine, Models.nipCell(), Map.of("temperature", "hot"), null));
        assertEquals("setting 'temperature' of engine test.engine is 'hot', not a number in K", notANumber.getMessage());
        IllegalArgumentException badChoice = assertThrows(IllegalArgumentException.class,
                () -> runner.run(engine, Models.nipCell(), Map.of("model", "auger"), null));
        assertEquals("setting 'model' of engine test.engine is 'auger'; choose one of srh, radiative",
                badChoice.getMessage());
    }

    @Test
    void inputHashFollowsEveryValueTheEngineCanRead() {
        Device cell = Models.nipCell();
        TransportMaterial tio2 = HeterostackFactory.eINSTANCE.createTransportMaterial();
        tio2.setName("TiO2");
        tio2.setBandGapEv(3.2);
        Layer etl = cell.getLayers().get(0);
        etl.setMaterial(tio2);
        String hash = InputHash.of(cell, "e", "1", Map.of());
        assertEquals(hash, InputHash.of(EcoreUtil.copy(cell), "e", "1", Map.of()), "a copy has the same input");
        tio2.setBandGapEv(3.3);
        assertNotEquals(hash, InputHash.of(cell, "e", "1", Map.of()), "a referenced material changed");
        tio2.setBandGapEv(3.2);
        assertEquals(hash, InputHash.of(cell, "e", "1", Map.of()));
        assertNotEquals(hash, InputHash.of(cell, "e", "2", Map.of()), "another engine version");
        assertNotEquals(hash, InputHash.of(cell, "e", "1", Map.of("temperature", "350")), "other settings");
    }

    @Test
    void engineReadsACopySoTheModelIsUntouched() {
        Device cell = Models.nipCell();
        runner.run(new TestEngine((request, builder, monitor) -> ((Device) request.target()).getLayers().clear()),
                cell, Map.of(), null);
        assertEquals(List.of("ETL", "perovskite", "HTL"), cell.getLayers().stream().map(Layer::getName).toList());
    }
}
