package org.heterostack.model.internal;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.heterostack.model.Heterostructure;
import org.heterostack.model.Layer;
import org.heterostack.model.HeterostackPackage;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.SemiconductorParameters;

/**
 * The one place that decides which value of a device layer an engine reads (behind
 * {@link Layer#effectiveValue(EAttribute)}, {@link Layer#effectiveValueHolder(EAttribute)} and
 * {@link Layer#effectiveThicknessNm()}): the layer's own value, else its material's, else the 3D film's of the
 * heterostructure the layer is made of. Unset stays unset: nothing here guesses a number.
 */
public final class EffectiveValues {

    private EffectiveValues() {
    }

    /**
     * @param layer   the layer
     * @param feature a number-valued attribute of {@code SemiconductorParameters}
     * @return the effective value, or null when neither the layer, its material nor its film has one
     * @throws IllegalArgumentException when the feature is not such an attribute
     */
    public static Double value(Layer layer, EAttribute feature) {
        EObject holder = holder(layer, feature);
        return holder == null ? null : (Double) holder.eGet(feature);
    }

    /**
     * @param layer   the layer
     * @param feature a number-valued attribute of {@code SemiconductorParameters}
     * @return the layer, its material or its heterostructure's film, whichever supplies the value first; null when
     *         none does
     * @throws IllegalArgumentException when the feature is not such an attribute
     */
    public static EObject holder(Layer layer, EAttribute feature) {
        requireParameter(feature);
        if (layer.eGet(feature) != null) {
            return layer;
        }
        if (layer.getMaterial() instanceof SemiconductorParameters material && material.eGet(feature) != null) {
            return material;
        }
        Heterostructure structure = layer.getHeterostructure();
        if (structure != null && structure.getFilm() != null && structure.getFilm().eGet(feature) != null) {
            return structure.getFilm();
        }
        return null;
    }

    /**
     * @param layer the layer
     * @return its thickness in nm: its own, else its 2D perovskite material's, else its heterostructure's film
     *         thickness; null when none is set
     */
    public static Double thicknessNm(Layer layer) {
        if (layer.getThicknessNm() != null) {
            return layer.getThicknessNm();
        }
        if (layer.getMaterial() instanceof Perovskite2D phase && phase.getThicknessNm() != null) {
            return phase.getThicknessNm();
        }
        Heterostructure structure = layer.getHeterostructure();
        return structure == null ? null : structure.getFilmThicknessNm();
    }

    private static void requireParameter(EAttribute feature) {
        if (feature == null || feature.getEContainingClass() != HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS
                || feature.getEAttributeType().getInstanceClass() != Double.class) {
            throw new IllegalArgumentException("effective values exist for the number-valued attributes of "
                    + "SemiconductorParameters, not for " + (feature == null ? "null"
                            : feature.getEContainingClass().getName() + "." + feature.getName()));
        }
    }
}
