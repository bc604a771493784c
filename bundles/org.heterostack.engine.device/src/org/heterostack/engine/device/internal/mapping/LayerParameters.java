package org.heterostack.engine.device.internal.mapping;

import org.eclipse.emf.ecore.EAttribute;
import org.heterostack.engine.EngineException;
import org.heterostack.model.Device;
import org.heterostack.model.Heterostructure;
import org.heterostack.model.Layer;
import org.heterostack.model.SemiconductorMaterial;

/**
 * Reads a semiconductor parameter of a device layer the way the model defines it: a value set on the layer
 * overrides the one of its material; an absorber or emitter made of a 2D/3D heterostructure falls back to the
 * heterostructure's 3D film. Unset means "not known" and is never replaced by a guess here.
 */
public final class LayerParameters {

    private LayerParameters() {
    }

    /**
     * @param layer   the layer
     * @param feature a {@code SemiconductorParameters} attribute (e.g. {@code SEMICONDUCTOR_PARAMETERS__BAND_GAP_EV})
     * @return the effective value, or null if neither the layer nor its material (nor heterostructure film) has it
     */
    public static Double value(Layer layer, EAttribute feature) {
        Object own = layer.eGet(feature);
        if (own != null) {
            return (Double) own;
        }
        if (layer.getMaterial() instanceof SemiconductorMaterial material && material.eGet(feature) != null) {
            return (Double) material.eGet(feature);
        }
        Heterostructure structure = layer.getHeterostructure();
        if (structure != null && structure.getFilm() != null && structure.getFilm().eGet(feature) != null) {
            return (Double) structure.getFilm().eGet(feature);
        }
        return null;
    }

    /**
     * @param device  the device (for the message)
     * @param layer   the layer
     * @param feature the attribute
     * @return the effective value
     * @throws EngineException "Layer 'perovskite' of device 'cell' has no electronAffinityEv" if it is unset
     */
    public static double require(Device device, Layer layer, EAttribute feature) throws EngineException {
        Double value = value(layer, feature);
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
     * Layer thickness in nm: the layer's own, else (for a heterostructure absorber) the film thickness.
     *
     * @param device the device
     * @param layer  the layer
     * @return thickness in nm (&gt; 0)
     * @throws EngineException if unset or not positive
     */
    public static double thicknessNm(Device device, Layer layer) throws EngineException {
        Double nm = layer.getThicknessNm();
        if (nm == null && layer.getHeterostructure() != null) {
            nm = layer.getHeterostructure().getFilmThicknessNm();
        }
        if (nm == null) {
            throw missing(device, layer, "thicknessNm");
        }
        if (!(nm > 0)) {
            throw new EngineException(label(device, layer) + " has thicknessNm " + nm + "; it must be > 0");
        }
        return nm;
    }
}
