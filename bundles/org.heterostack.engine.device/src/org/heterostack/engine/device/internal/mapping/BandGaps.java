package org.heterostack.engine.device.internal.mapping;

import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__BAND_GAP_EV;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__IONISATION_ENERGY_EV;

import org.heterostack.engine.EngineException;
import org.heterostack.model.Device;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Perovskite3D;

/**
 * The band gap an efficiency model should use: the optical band gap if known, else the transport gap
 * IE - EA (both vacuum-referenced, positive).
 */
public final class BandGaps {

    private BandGaps() {
    }

    /**
     * @param device a device
     * @param role   ABSORBER or EMITTER
     * @return the first layer with that role, bottom to top
     * @throws EngineException "Device 'cell' has no ABSORBER layer"
     */
    public static Layer activeLayer(Device device, LayerRole role) throws EngineException {
        return device.getLayers().stream().filter(l -> l.getRole() == role).findFirst()
                .orElseThrow(() -> new EngineException("Device '" + device.getName() + "' has no " + role + " layer"));
    }

    /**
     * @param device the device
     * @param layer  its absorber or emitter
     * @return band gap in eV
     * @throws EngineException naming the layer if neither bandGapEv nor electronAffinityEv and
     *                         ionisationEnergyEv are known
     */
    public static double of(Device device, Layer layer) throws EngineException {
        Double gap = layer.effectiveValue(SEMICONDUCTOR_PARAMETERS__BAND_GAP_EV);
        if (gap != null) {
            return gap;
        }
        Double ea = layer.effectiveValue(SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV);
        Double ie = layer.effectiveValue(SEMICONDUCTOR_PARAMETERS__IONISATION_ENERGY_EV);
        if (ea == null || ie == null) {
            throw LayerParameters.missing(device, layer, "bandGapEv (nor electronAffinityEv and ionisationEnergyEv)");
        }
        return ie - ea;
    }

    /**
     * @param perovskite a 3D perovskite
     * @return its band gap in eV (bandGapEv, else IE - EA)
     * @throws EngineException naming the material if unknown
     */
    public static double of(Perovskite3D perovskite) throws EngineException {
        if (perovskite.getBandGapEv() != null) {
            return perovskite.getBandGapEv();
        }
        if (perovskite.getElectronAffinityEv() != null && perovskite.getIonisationEnergyEv() != null) {
            return perovskite.getIonisationEnergyEv() - perovskite.getElectronAffinityEv();
        }
        throw new EngineException(
                "3D perovskite '" + perovskite.getName() + "' has no bandGapEv (nor electronAffinityEv and ionisationEnergyEv)");
    }

    /**
     * @param target a device (its absorber) or a 3D perovskite
     * @return the band gap in eV
     * @throws EngineException if the target has no usable gap
     */
    public static double ofTarget(NamedElement target) throws EngineException {
        if (target instanceof Perovskite3D perovskite) {
            return of(perovskite);
        }
        Device device = (Device) target;
        return of(device, activeLayer(device, LayerRole.ABSORBER));
    }
}
