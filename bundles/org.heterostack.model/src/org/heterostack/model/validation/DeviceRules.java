package org.heterostack.model.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.heterostack.model.Architecture;
import org.heterostack.model.Device;
import org.heterostack.model.DeviceInterface;
import org.heterostack.model.HeterostackPackage.Literals;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.internal.Labels;

/** Rules on devices: stack order versus architecture, layer names, interfaces between adjacent layers. */
final class DeviceRules {

    private DeviceRules() {
    }

    static void check(Device device, Report report) {
        List<Layer> layers = device.getLayers();
        Set<String> names = new HashSet<>();
        for (Layer layer : layers) {
            if (layer.getName() != null && !names.add(layer.getName())) {
                report.error(HeterostackValidator.DUPLICATE_NAME, device, Literals.DEVICE__LAYERS,
                        Labels.of(device) + ": layer name '" + layer.getName() + "' is used more than once");
            }
        }
        Layer active = device.activeLayer();
        if (active == null) {
            if (!layers.isEmpty()) {
                report.warning(HeterostackValidator.NO_ACTIVE_LAYER, device, Literals.DEVICE__LAYERS,
                        Labels.of(device) + ": layers has no ABSORBER or EMITTER layer");
            }
            return;
        }
        int activeIndex = layers.indexOf(active);
        boolean nip = device.getArchitecture() == Architecture.NIP;
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            boolean below = i < activeIndex;
            if (layer.getRole() == LayerRole.ETL && below != nip || layer.getRole() == LayerRole.HTL && below == nip) {
                String role = layer.getRole().getLiteral();
                String wanted = layer.getRole() == LayerRole.ETL == nip ? "below" : "above";
                String activeRole = active.getRole() == LayerRole.EMITTER ? "emitter" : "absorber";
                report.error(HeterostackValidator.STACK_ORDER, device, Literals.DEVICE__LAYERS, Labels.of(device)
                        + ": architecture " + (nip ? "n-i-p" : "p-i-n") + " needs the " + role + " " + wanted
                        + " the " + activeRole + ", but " + role + " '" + layer.getName() + "' is "
                        + (below ? "below" : "above") + " " + activeRole + " '" + active.getName() + "'");
            }
        }
    }

    static void check(DeviceInterface face, Report report) {
        if (!(face.eContainer() instanceof Device device) || face.getLower() == null || face.getUpper() == null
                || face.getLower().eIsProxy() || face.getUpper().eIsProxy()) {
            return; // missing or unresolved layers are reported by the multiplicity and reference rules
        }
        int lower = device.getLayers().indexOf(face.getLower());
        int upper = device.getLayers().indexOf(face.getUpper());
        if (lower < 0 || upper < 0) {
            Layer stranger = lower < 0 ? face.getLower() : face.getUpper();
            report.error(HeterostackValidator.INTERFACE_LAYERS, face,
                    lower < 0 ? Literals.DEVICE_INTERFACE__LOWER : Literals.DEVICE_INTERFACE__UPPER,
                    Labels.of(face) + ": layer '" + stranger.getName() + "' is not a layer of this device");
        } else if (upper != lower + 1) {
            report.error(HeterostackValidator.INTERFACE_LAYERS, face, Literals.DEVICE_INTERFACE__LOWER,
                    Labels.of(face) + ": lower layer '" + face.getLower().getName()
                            + "' is not directly below upper layer '" + face.getUpper().getName() + "'");
        }
    }
}
