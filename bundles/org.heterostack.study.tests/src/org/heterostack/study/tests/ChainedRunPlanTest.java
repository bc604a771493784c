package org.heterostack.study.tests;

import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.heterostack.engine.AnalysisRequest;
import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.EngineDescriptor;
import org.heterostack.engine.EngineException;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.IValueConsumer;
import org.heterostack.engine.IValueSupplier;
import org.heterostack.engine.ResultBuilder;
import org.heterostack.engine.SuppliedValue;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Device;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.Layer;
import org.heterostack.model.NamedElement;
import org.heterostack.model.ResultStatus;
import org.heterostack.study.RunPlan;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's chain through the run plan: an engine that supplies a value (as photophysics supplies a 2D layer's
 * band edges) runs first whatever the plan's order, and the engine that needs it (as drift-diffusion) computes with
 * it on a working copy; the user's model is unchanged and results come back in plan order.
 */
class ChainedRunPlanTest {

    private static final double SUPPLIED_EA_EV = 3.45;

    @Test
    void aSupplierRunsFirstAndItsValueReachesTheConsumer() {
        Device device = HeterostackFactory.eINSTANCE.createDevice();
        device.setName("cell");
        Layer cap = HeterostackFactory.eINSTANCE.createLayer();
        cap.setName("cap");
        device.getLayers().add(cap);

        RunPlan plan = RunPlan.named(List.of(new Consumer(), new Supplier(), new Supplier()), List.of(device), false,
                engine -> Map.of());
        List<AnalysisResult> results = plan.execute(new AnalysisRunner(), null);

        AnalysisResult consumed = results.get(0);
        assertEquals("test.consumer", consumed.getEngineId(), "results in plan order");
        assertEquals(ResultStatus.OK, consumed.getStatus(), consumed.getMessages().toString());
        assertEquals(SUPPLIED_EA_EV, consumed.getQuantities().get(0).getValue(), 1e-12);
        assertTrue(consumed.getMessages().stream().anyMatch(m -> m.getText().startsWith("derived input")),
                consumed.getMessages().toString());
        assertTrue(consumed.getMessages().stream().noneMatch(m -> m.getText().startsWith("supplied input")),
                "a second supplier of the same value is not offered: " + consumed.getMessages());
        assertEquals(device, consumed.getTarget());
        assertNull(cap.getElectronAffinityEv(), "the user's model is unchanged");
    }

    @Test
    void withoutASupplierTheConsumerSaysWhatIsMissing() {
        Device device = HeterostackFactory.eINSTANCE.createDevice();
        device.setName("cell");
        Layer cap = HeterostackFactory.eINSTANCE.createLayer();
        cap.setName("cap");
        device.getLayers().add(cap);
        AnalysisResult alone = RunPlan.named(List.of(new Consumer()), List.of(device), false, engine -> Map.of())
                .execute(new AnalysisRunner(), null).get(0);
        assertEquals(ResultStatus.FAILED, alone.getStatus());
        assertEquals("Layer 'cap' has no electronAffinityEv", alone.getMessages().get(0).getText());
    }

    private abstract static class TestEngine implements IAnalysisEngine {
        private final String id;
        private final EngineCategory category;

        TestEngine(String id, EngineCategory category) {
            this.id = id;
            this.category = category;
        }

        @Override
        public EngineDescriptor descriptor() {
            return new EngineDescriptor(id, id, "1.0.0", category, "Heterostack tests", List.of(), "test", "tests");
        }

        @Override
        public boolean appliesTo(NamedElement target) {
            return target instanceof Device;
        }

        @Override
        public List<EngineSetting> settings() {
            return List.of();
        }
    }

    /** Reports a layer's electron affinity, as a photophysics engine reports a 2D layer's conduction band edge. */
    private static final class Supplier extends TestEngine implements IValueSupplier {
        Supplier() {
            super("test.supplier", EngineCategory.PHOTOPHYSICS);
        }

        @Override
        public void run(AnalysisRequest request, ResultBuilder result, IProgressMonitor monitor) {
            result.quantity("cbm_cap", -SUPPLIED_EA_EV, "eV", "conduction band edge of 'cap'");
        }

        @Override
        public List<EAttribute> suppliedAttributes() {
            return List.of(SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV);
        }

        @Override
        public List<SuppliedValue> supply(NamedElement target, AnalysisResult result) {
            return List.of(new SuppliedValue(((Device) target).getLayers().get(0),
                    SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV, -result.getQuantities().get(0).getValue(),
                    result.getEngineId(), result.getEngineVersion(), "cbm_cap"));
        }
    }

    /** Needs the electron affinity, as the drift-diffusion engine needs a 2D layer's band edges. */
    private static final class Consumer extends TestEngine implements IValueConsumer {
        Consumer() {
            super("test.consumer", EngineCategory.DEVICE);
        }

        @Override
        public void run(AnalysisRequest request, ResultBuilder result, IProgressMonitor monitor)
                throws EngineException {
            Double ea = ((Device) request.target()).getLayers().get(0).getElectronAffinityEv();
            if (ea == null) {
                throw new EngineException("Layer 'cap' has no electronAffinityEv");
            }
            result.quantity("seen_ea", ea, "eV", "the electron affinity the engine computed with");
        }

        @Override
        public List<EAttribute> neededAttributes() {
            return List.of(SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV);
        }
    }
}
