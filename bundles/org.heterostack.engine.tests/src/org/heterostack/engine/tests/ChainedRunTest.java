package org.heterostack.engine.tests;

import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__IONISATION_ENERGY_EV;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.IValueConsumer;
import org.heterostack.engine.IValueSupplier;
import org.heterostack.engine.SuppliedValue;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Device;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Layer;
import org.heterostack.model.ResultStatus;
import org.junit.jupiter.api.Test;

/**
 * Engine chaining through the runner: a consumer reads supplied values where the file leaves an attribute unset, a
 * value in the file wins, the user's objects stay as they are, and the result names each derived input.
 */
class ChainedRunTest {

    private static final String SUPPLIER = "test.photophysics";

    /** An engine that reports the electron affinity and ionisation energy it reads on the perovskite layer. */
    private static final TestEngine READER = new TestEngine((request, result, monitor) -> {
        Layer absorber = ((Device) request.target()).getLayers().get(1);
        result.quantity("ea", absorber.getElectronAffinityEv(), "eV", "read");
        result.quantity("ie", absorber.getIonisationEnergyEv(), "eV", "read");
    });

    private static List<SuppliedValue> supplied(Device device) {
        Layer absorber = device.getLayers().get(1);
        return List.of(new SuppliedValue(absorber, SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV, 3.43, SUPPLIER,
                "1.0.0", "cbm_perovskite"), new SuppliedValue(absorber, SEMICONDUCTOR_PARAMETERS__IONISATION_ENERGY_EV,
                        5.77, SUPPLIER, "1.0.0", "vbm_perovskite"));
    }

    private static double value(AnalysisResult result, String key) {
        return result.getQuantities().stream().filter(q -> q.getKey().equals(key)).findFirst().orElseThrow()
                .getValue();
    }

    @Test
    void suppliedValuesFillUnsetAttributesOfAWorkingCopyAndAreNamed() {
        Device device = Models.nipCell();
        AnalysisRunner runner = new AnalysisRunner();
        AnalysisResult plain = runner.run(READER, device, Map.of(), null);
        AnalysisResult chained = runner.run(READER, device, Map.of(), null, supplied(device));
        assertEquals(ResultStatus.OK, chained.getStatus(), chained.getMessages().toString());
        assertEquals(3.43, value(chained, "ea"), 0);
        assertEquals(5.77, value(chained, "ie"), 0);
        assertNull(device.getLayers().get(1).getElectronAffinityEv(), "the user's object is not changed");
        assertTrue(chained.getMessages().stream().anyMatch(m -> m.getText().equals("derived input: Layer "
                + "'perovskite' electronAffinityEv = 3.43000 derived by test.photophysics 1.0.0 (result quantity "
                + "cbm_perovskite)")), chained.getMessages().toString());
        assertTrue(chained.getProvenance().getCitations().stream().anyMatch(c -> c.startsWith("derived input: Layer "
                + "'perovskite' ionisationEnergyEv = 5.77000")), chained.getProvenance().getCitations().toString());
        assertNotEquals(plain.getProvenance().getInputHash(), chained.getProvenance().getInputHash(),
                "the derived inputs are part of what the result was computed from");
        assertEquals(device, chained.getTarget());
    }

    @Test
    void aValueSetInTheFileWins() {
        Device device = Models.nipCell();
        device.getLayers().get(1).setElectronAffinityEv(3.9);
        AnalysisResult chained = new AnalysisRunner().run(READER, device, Map.of(), null, supplied(device));
        assertEquals(3.9, value(chained, "ea"), 0);
        assertEquals(5.77, value(chained, "ie"), 0);
        assertTrue(chained.getMessages().stream().anyMatch(m -> m.getText().startsWith("supplied input Layer "
                + "'perovskite' electronAffinityEv: the file's value 3.9 is used")), chained.getMessages().toString());
    }

    @Test
    void aSuppliedValueMustBeFinite() {
        Device device = Models.nipCell();
        assertThrows(IllegalArgumentException.class, () -> new SuppliedValue(device.getLayers().get(1),
                SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV, Double.NaN, SUPPLIER, "1.0.0", "cbm"));
    }

    /** Supplies the perovskite layer's band edges, as a photophysics engine supplies a 2D layer's. */
    private static final class Supplier extends TestEngine implements IValueSupplier {
        Supplier() {
            super(SUPPLIER, "1.0.0", EngineCategory.PHOTOPHYSICS, (request, result, monitor) -> {
                result.quantity("cbm_perovskite", -3.43, "eV", "placed");
                result.quantity("vbm_perovskite", -5.77, "eV", "placed");
            });
        }

        @Override
        public List<EAttribute> suppliedAttributes() {
            return List.of(SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV, SEMICONDUCTOR_PARAMETERS__IONISATION_ENERGY_EV);
        }

        @Override
        public List<SuppliedValue> supply(NamedElement target, AnalysisResult result) {
            return supplied((Device) target);
        }
    }

    /** Needs only the electron affinity. */
    private static final class Consumer extends TestEngine implements IValueConsumer {
        Consumer() {
            super("test.device", "1.0.0", EngineCategory.DEVICE, (request, result, monitor) -> {
                Layer absorber = ((Device) request.target()).getLayers().get(1);
                result.quantity("ea", absorber.getElectronAffinityEv() == null ? 0 : absorber.getElectronAffinityEv(),
                        "eV", "read");
                result.quantity("ie", absorber.getIonisationEnergyEv() == null ? 0 : absorber.getIonisationEnergyEv(),
                        "eV", "read");
            });
        }

        @Override
        public List<EAttribute> neededAttributes() {
            return List.of(SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV);
        }
    }

    @Test
    void aChainRunsTheSupplierFirstAndGivesAConsumerWhatItNeeds() {
        Device device = Models.nipCell();
        Consumer consumer = new Consumer();
        Supplier supplier = new Supplier();
        List<AnalysisResult> results = new AnalysisRunner().runChained(List.of(consumer, supplier), device, Map.of(),
                null);
        assertEquals(List.of("test.device", SUPPLIER), results.stream().map(AnalysisResult::getEngineId).toList());
        assertEquals(3.43, value(results.get(0), "ea"), 0);
        assertEquals(0, value(results.get(0), "ie"), 0, "the consumer does not need the ionisation energy");
        assertNull(device.getLayers().get(1).getElectronAffinityEv());
    }
}
