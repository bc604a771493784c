package org.heterostack.engine.stability.internal.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.stability.internal.ageing.AgeingParameters;
import org.heterostack.engine.stability.internal.common.Parameter;
import org.heterostack.engine.stability.internal.common.ParameterSet;
import org.heterostack.engine.stability.internal.migration.MigrationParameters;
import org.heterostack.engine.stability.internal.spacerchemistry.SpacerChemistryParameters;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Quantity;
import org.heterostack.model.Series;
import org.junit.jupiter.api.Test;

/** What all three engines promise: every parameter a setting, reproducible results with provenance. */
class EngineContractTest {

    private final StabilityModels models = new StabilityModels();

    private static void everyParameterIsASetting(IAnalysisEngine engine, ParameterSet parameters) {
        for (Parameter p : parameters.all()) {
            EngineSetting setting = engine.settings().stream().filter(s -> s.name().equals(p.name())).findFirst()
                    .orElseThrow(() -> new AssertionError(engine.descriptor().id() + " has no setting " + p.name()));
            assertEquals("1".equals(p.unit()) ? "" : p.unit(), setting.unit(), p.name());
            if (!p.name().equals(AgeingParameters.LOGP_REFERENCE)) {
                assertEquals(p.defaultValue(), Double.parseDouble(setting.defaultValue()), 0, p.name());
                assertTrue(setting.description().contains("Source of the default: " + p.source() + "."), p.name());
            }
        }
    }

    @Test
    void everyModelParameterCanBeChangedInTheSettings() throws InterruptedException {
        everyParameterIsASetting(Engines.engine(SpacerChemistryEngine.ID), SpacerChemistryParameters.defaults());
        everyParameterIsASetting(Engines.engine(MigrationEngine.ID), MigrationParameters.defaults());
        everyParameterIsASetting(Engines.engine(AgeingProjectionEngine.ID), AgeingParameters.allDefaults());
    }

    @Test
    void theThreeEnginesAreInterchangeableStabilityServices() throws InterruptedException {
        for (String id : List.of(SpacerChemistryEngine.ID, MigrationEngine.ID, AgeingProjectionEngine.ID)) {
            IAnalysisEngine engine = Engines.engine(id);
            assertEquals(EngineCategory.STABILITY, engine.descriptor().category());
            assertEquals("Heterostack", engine.descriptor().provider());
            assertTrue(engine.descriptor().id().startsWith("org.heterostack.engine.stability."));
            assertTrue(engine.appliesTo(models.heterostructure(models.pea())), id);
        }
    }

    /** Same input, same output: everything but the timestamp is identical, and provenance is complete. */
    @Test
    void resultsAreReproducibleAndCarryProvenance() throws InterruptedException {
        for (String id : List.of(SpacerChemistryEngine.ID, MigrationEngine.ID, AgeingProjectionEngine.ID)) {
            IAnalysisEngine engine = Engines.engine(id);
            NamedElement target = models.heterostructure(models.pea());
            AnalysisResult first = Engines.ok(engine, target, Map.of());
            AnalysisResult second = Engines.ok(engine, target, Map.of());
            assertEquals(quantities(first), quantities(second), id);
            assertEquals(series(first), series(second), id);
            assertEquals(first.getMessages().stream().map(m -> m.getSeverity() + m.getText()).toList(),
                    second.getMessages().stream().map(m -> m.getSeverity() + m.getText()).toList(), id);
            assertEquals(first.getProvenance().getInputHash(), second.getProvenance().getInputHash());
            assertEquals(64, first.getProvenance().getInputHash().length());
            assertEquals(id, first.getProvenance().getEngineId());
            assertEquals("1.0.0", first.getProvenance().getEngineVersion());
            assertEquals(engine.settings().size(), first.getProvenance().getSettings().size());
            assertTrue(first.getProvenance().getCitations().containsAll(engine.descriptor().citations()));
            assertTrue(first.getProvenance().getTimestamp() != null);
        }
    }

    private static List<String> quantities(AnalysisResult result) {
        return result.getQuantities().stream().map((Quantity q) -> q.getKey() + "=" + q.getValue() + " " + q.getUnit())
                .toList();
    }

    private static List<String> series(AnalysisResult result) {
        return result.getSeries().stream().map((Series s) -> s.getKey() + s.getX() + s.getY()).toList();
    }
}
