package org.heterostack.engine.sample;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.heterostack.engine.AnalysisRequest;
import org.heterostack.engine.EngineDescriptor;
import org.heterostack.engine.EngineException;
import org.heterostack.engine.EngineProperties;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.ResultBuilder;
import org.heterostack.model.Device;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.HeterostackPackage;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.NamedElement;
import org.osgi.service.component.annotations.Component;

/**
 * Layer-stack absorption: the total thickness of a device stack and the fraction of above-gap photons its
 * absorber takes up in a single pass, A = 1 - exp(-alpha d) (Beer-Lambert). Transport layers are taken as
 * transparent and reflection is ignored, so A is an upper bound for a single pass and a lower bound once a
 * back reflector returns light. The smallest complete engine, written against the public API only.
 */
@Component(service = IAnalysisEngine.class, property = { EngineProperties.ID + "=" + StackAbsorptionEngine.ID,
        EngineProperties.VERSION + "=" + StackAbsorptionEngine.VERSION, EngineProperties.CATEGORY + "=STRUCTURE" })
public class StackAbsorptionEngine implements IAnalysisEngine {

    /** The engine id. */
    public static final String ID = "org.heterostack.sample.stackabsorption";

    /** The engine version. */
    public static final String VERSION = "1.0.0";

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Layer-stack absorption (sample)",
            VERSION, EngineCategory.STRUCTURE, "Heterostack",
            List.of("A. Beer, Ann. Phys. Chem. 86, 78 (1852): Beer-Lambert attenuation"),
            "Single-pass Beer-Lambert absorptance of the absorber, A = 1 - exp(-alpha d); transport layers "
                    + "transparent, no reflection or interference.",
            "Absorber thicker than about 50 nm (no thin-film interference); photon energies well above the gap.");

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public boolean appliesTo(NamedElement target) {
        return target instanceof Device device && !device.getLayers().isEmpty();
    }

    @Override
    public List<EngineSetting> settings() {
        return List.of();
    }

    /**
     * Reads every number through the model's rule for layers ({@link Layer#effectiveThicknessNm()},
     * {@link Layer#effectiveValue}): a value set on the layer, else on its material, else on its heterostructure's
     * film.
     */
    @Override
    public void run(AnalysisRequest request, ResultBuilder result, IProgressMonitor monitor) throws EngineException {
        Device device = (Device) request.target();
        double totalNm = 0;
        Layer absorber = null;
        for (Layer layer : device.getLayers()) {
            totalNm += thicknessNm(device, layer);
            if (layer.getRole() == LayerRole.ABSORBER) {
                absorber = layer;
            }
        }
        result.quantity("stack_thickness", totalNm, "nm", "sum of all layer thicknesses");
        if (absorber == null) {
            throw new EngineException("Device '" + device.getName() + "' has no ABSORBER layer");
        }
        Double alpha = absorber.effectiveValue(HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ABSORPTION_COEFFICIENT_PER_M);
        if (alpha == null) {
            throw new EngineException("Absorber layer '" + absorber.getName()
                    + "' has no absorption coefficient (absorptionCoefficientPerM)");
        }
        double absorberNm = thicknessNm(device, absorber);
        result.quantity("absorber_thickness", absorberNm, "nm", "absorber layer thickness");
        result.quantity("single_pass_absorptance", 1 - Math.exp(-alpha * absorberNm * 1e-9), "1",
                "fraction of above-gap photons absorbed in one pass, 1 - exp(-alpha d)");
    }

    private static double thicknessNm(Device device, Layer layer) throws EngineException {
        Double nm = layer.effectiveThicknessNm();
        if (nm == null) {
            throw new EngineException("Layer '" + layer.getName() + "' of device '" + device.getName()
                    + "' has no thickness");
        }
        return nm;
    }
}
