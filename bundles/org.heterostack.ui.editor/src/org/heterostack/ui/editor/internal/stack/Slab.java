package org.heterostack.ui.editor.internal.stack;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.heterostack.model.Orientation;
import org.heterostack.model.Placement;

/**
 * One slab of a drawn stack, bottom to top: a device layer, a heterostructure's 3D film or one of its 2D phases.
 *
 * @param object      the model object it shows (selecting the slab selects it)
 * @param name        its name
 * @param material    the material's name, or an empty string
 * @param thicknessNm the thickness, or null when not set
 * @param kind        what it is (colour, legend)
 * @param twoD        the 2D description (spacer, n, phase), or null for other slabs
 * @param orientation the 2D slabs' orientation, or null
 * @param phases      2D phases of a heterostructure drawn inside this slab (a device layer that is a 2D/3D film)
 */
public record Slab(EObject object, String name, String material, Double thicknessNm, SlabKind kind, String twoD,
        Orientation orientation, List<PhaseMark> phases) {

    /**
     * A 2D phase inside a 3D film, drawn where it is.
     *
     * @param object      the placement
     * @param placement   top surface, buried interface, grain boundaries or bulk
     * @param label       what the phase is, e.g. "BA2PbI4, n = 1"
     * @param orientation its slabs' orientation
     */
    public record PhaseMark(EObject object, Placement placement, String label, Orientation orientation) {
    }

    /** @return the thickness for drawing: the thickness, or 50 nm when it is not set */
    public double drawnThicknessNm() {
        return thicknessNm == null || !(thicknessNm > 0) ? 50.0 : thicknessNm;
    }
}
