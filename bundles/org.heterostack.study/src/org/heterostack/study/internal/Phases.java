package org.heterostack.study.internal;

import org.eclipse.emf.ecore.EObject;
import org.heterostack.model.Device;
import org.heterostack.model.Heterostructure;
import org.heterostack.model.Layer;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.TwoDPhasePlacement;

/** The 2D phase an axis without a path varies: the base's own, or the first one its heterostructures place. */
final class Phases {

    private Phases() {
    }

    static Perovskite2D first(EObject base) {
        if (base instanceof Perovskite2D phase) {
            return phase;
        }
        TwoDPhasePlacement placement = firstPlacement(base);
        if (placement.getPhase() == null) {
            throw new IllegalArgumentException("the first 2D phase placement names no 2D perovskite");
        }
        return placement.getPhase();
    }

    static TwoDPhasePlacement firstPlacement(EObject base) {
        Heterostructure heterostructure = switch (base) {
            case Heterostructure h -> h;
            case Device device -> device.getLayers().stream().map(Layer::getHeterostructure)
                    .filter(h -> h != null && !h.getPhases().isEmpty()).findFirst().orElse(null);
            default -> null;
        };
        if (heterostructure == null || heterostructure.getPhases().isEmpty()) {
            throw new IllegalArgumentException("the base object " + base.eClass().getName()
                    + " places no 2D phase; give the axis a path");
        }
        return heterostructure.getPhases().get(0);
    }
}
