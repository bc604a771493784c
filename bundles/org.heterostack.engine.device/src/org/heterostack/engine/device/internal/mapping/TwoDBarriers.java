package org.heterostack.engine.device.internal.mapping;

import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__IONISATION_ENERGY_EV;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.heterostack.engine.device.internal.twod.TwoDAssumptions;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;

/**
 * What to change when a device with derived 2D layers does not simulate: the band step each derived 2D layer puts on
 * the way of the carrier that must cross it (electrons between absorber and electron contact, holes between
 * absorber and hole contact), and the settings and attributes that set it.
 */
public final class TwoDBarriers {

    private TwoDBarriers() {
    }

    /**
     * @param mapped      the mapped device
     * @param assumptions the 2D assumptions the mapping used
     * @return advice naming each 2D layer with derived band edges and its blocking step, or "" when there is none
     */
    public static String advice(MappedDevice mapped, TwoDAssumptions assumptions) {
        List<Layer> model = mapped.layers();
        int absorber = -1;
        for (int i = 0; i < model.size(); i++) {
            if (model.get(i).getRole() == LayerRole.ABSORBER) {
                absorber = i;
            }
        }
        if (absorber < 0) {
            return "";
        }
        var film = mapped.stack().layers().get(absorber);
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < model.size(); i++) {
            Layer layer = model.get(i);
            if (i == absorber || !InterfaceMapper.isTwoD(layer)
                    || layer.effectiveValue(SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV) != null
                    && layer.effectiveValue(SEMICONDUCTOR_PARAMETERS__IONISATION_ENERGY_EV) != null) {
                continue;
            }
            var twoD = mapped.stack().layers().get(i);
            boolean electrons = i < absorber;
            double step = electrons ? twoD.conductionBandEv() - film.conductionBandEv()
                    : film.valenceBandEv() - twoD.valenceBandEv();
            steps.add(String.format(Locale.ROOT, "2D layer '%s' has derived band edges that put a %.2f eV %s step "
                    + "on the %s' way from '%s' to their contact", layer.getName(), step,
                    electrons ? "conduction-band" : "valence-band", electrons ? "electrons" : "holes",
                    model.get(absorber).getName()));
        }
        if (steps.isEmpty()) {
            return "";
        }
        return String.join("; ", steps) + String.format(Locale.ROOT, ". To simulate it, set electronAffinityEv and "
                + "ionisationEnergyEv of the 2D layer or its material (measured values win over derived ones), or "
                + "change the setting twod_conduction_share (now %.2f), or make the 2D layer thinner",
                assumptions.conductionShare());
    }
}
