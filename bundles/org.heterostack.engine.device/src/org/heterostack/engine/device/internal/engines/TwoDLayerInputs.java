package org.heterostack.engine.device.internal.engines;

import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__IONISATION_ENERGY_EV;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;

/** What the drift-diffusion-based device engines take from other engines when a host chains them. */
final class TwoDLayerInputs {

    /** A 2D layer's electron affinity and ionisation energy (a photophysics engine's band alignment). */
    static final List<EAttribute> NEEDED = List.of(SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV,
            SEMICONDUCTOR_PARAMETERS__IONISATION_ENERGY_EV);

    private TwoDLayerInputs() {
    }
}
