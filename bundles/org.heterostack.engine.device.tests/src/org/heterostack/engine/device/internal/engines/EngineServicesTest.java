package org.heterostack.engine.device.internal.engines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.heterostack.engine.EngineDescriptor;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.model.EngineCategory;
import org.junit.jupiter.api.Test;

/** Every device engine is a separate DS service with a complete descriptor and documented settings. */
class EngineServicesTest {

    static final List<String> IDS = List.of(DetailedBalanceEngine.ID, CircuitEngine.ID, DriftDiffusionEngine.ID,
            LedEngine.ID, PhotodetectorEngine.ID);

    @Test
    void allFiveEnginesAreRegisteredWithCompleteDescriptors() throws InterruptedException {
        for (String id : IDS) {
            IAnalysisEngine engine = Services.engine(id);
            EngineDescriptor d = engine.descriptor();
            assertEquals("1.0.0", d.version(), id);
            assertEquals(EngineCategory.DEVICE, d.category(), id);
            assertEquals("Heterostack", d.provider(), id);
            assertFalse(d.citations().isEmpty(), id);
            assertFalse(d.modelDescription().isBlank(), id);
            assertFalse(d.validityRange().isBlank(), id);
            for (EngineSetting s : engine.settings()) {
                assertTrue(s.name().matches("[a-z][a-z0-9_]*"), id + " " + s.name());
                assertFalse(s.description().isBlank(), id + " " + s.name());
            }
        }
    }
}
