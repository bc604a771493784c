package org.heterostack.ui.editor.internal.stack;

import org.eclipse.swt.graphics.RGB;
import org.heterostack.model.Electrode;
import org.heterostack.model.Layer;
import org.heterostack.model.Perovskite2D;

/** What a slab of the stack is, which decides its colour and its name in the legend. */
public enum SlabKind {
    /** Glass or foil the device is built on. */
    SUBSTRATE("Substrate", new RGB(176, 190, 197), false),
    /** A transparent conducting oxide (FTO, ITO). */
    TRANSPARENT_ELECTRODE("Transparent electrode", new RGB(160, 212, 222), false),
    /** A metal contact (Au, Ag, Cu). */
    METAL_ELECTRODE("Metal electrode", new RGB(214, 175, 72), false),
    /** Electron transport layer. */
    ETL("ETL", new RGB(84, 142, 204), true),
    /** Hole transport layer. */
    HTL("HTL", new RGB(214, 110, 80), true),
    /** The 3D perovskite absorber or emitter. */
    ABSORBER("3D perovskite", new RGB(92, 64, 58), true),
    /** A 2D perovskite layer (passivation, cap). */
    TWO_D("2D perovskite", new RGB(242, 193, 78), false),
    /** Anything else (interlayers). */
    OTHER("Other", new RGB(170, 170, 170), false);

    private final String label;
    private final RGB colour;
    private final boolean darkFill;

    SlabKind(String label, RGB colour, boolean darkFill) {
        this.label = label;
        this.colour = colour;
        this.darkFill = darkFill;
    }

    /** @return the name in the legend */
    public String label() {
        return label;
    }

    /** @return the fill colour */
    public RGB colour() {
        return colour;
    }

    /** @return whether text on the fill is best white */
    public boolean darkFill() {
        return darkFill;
    }

    /**
     * The kind of a device layer, from its role and material.
     *
     * @param layer the layer
     * @return its kind
     */
    public static SlabKind of(Layer layer) {
        if (layer.getMaterial() instanceof Perovskite2D) {
            return TWO_D;
        }
        return switch (layer.getRole()) {
            case SUBSTRATE -> SUBSTRATE;
            case ELECTRODE -> layer.getMaterial() instanceof Electrode e && e.isTransparent() ? TRANSPARENT_ELECTRODE
                    : METAL_ELECTRODE;
            case ETL -> ETL;
            case HTL -> HTL;
            case ABSORBER, EMITTER -> ABSORBER;
            case PASSIVATION_2D -> TWO_D;
            case INTERLAYER -> OTHER;
        };
    }
}
