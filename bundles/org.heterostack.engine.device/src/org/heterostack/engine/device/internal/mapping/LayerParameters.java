package org.heterostack.engine.device.internal.mapping;

import org.eclipse.emf.ecore.EAttribute;
import org.heterostack.engine.EngineException;
import org.heterostack.model.Device;
import org.heterostack.model.Layer;

/**
 * Required layer parameters with the message a user sees when one is missing. Which value counts (the layer's,
 * else its material's, else its heterostructure film's) is the model's rule, {@link Layer#effectiveValue} and
 * {@link Layer#effectiveThicknessNm}; this class only turns "not known" into a clear error.
 */
public final class LayerParameters {

    private LayerParameters() {
    }

    /**
     * @param device  the device (for the message)
     * @param layer   the layer
     * @param feature the attribute
     * @return the effective value
     * @throws EngineException "Layer 'perovskite' of device 'cell' has no electronAffinityEv" if it is unset
     */
    public static double require(Device device, Layer layer, EAttribute feature) throws EngineException {
        Double value = layer.effectiveValue(feature);
        if (value == null) {
            throw missing(device, layer, feature.getName());
        }
        return value;
    }

    /**
     * @param device the device
     * @param layer  the layer
     * @param what   the attribute name(s)
     * @return the exception a user sees for a missing layer parameter
     */
    public static EngineException missing(Device device, Layer layer, String what) {
        return new EngineException(label(device, layer) + " has no " + what);
    }

    /**
     * @param device the device
     * @param layer  a layer of it
     * @return "Layer 'perovskite' of device 'cell'"
     */
    public static String label(Device device, Layer layer) {
        return "Layer '" + layer.getName() + "' of device '" + device.getName() + "'";
    }

    /**
     * Layer thickness in nm as {@link Layer#effectiveThicknessNm()} defines it.
     *
     * @param device the device
     * @param layer  the layer
     * @return thickness in nm (&gt; 0)
     * @throws EngineException if unset or not positive
     */
    public static double thicknessNm(Device device, Layer layer) throws EngineException {
        Double nm = layer.effectiveThicknessNm();
        if (nm == null) {
            throw missing(device, layer, "thicknessNm");
        }
        if (!(nm > 0)) {
            throw new EngineException(label(device, layer) + " has thicknessNm " + nm + "; it must be > 0");
        }
        return nm;
    }
}
