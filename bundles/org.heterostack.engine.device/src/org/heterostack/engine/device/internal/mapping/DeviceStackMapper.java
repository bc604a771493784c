package org.heterostack.engine.device.internal.mapping;

import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ION_ACTIVATION_ENERGY_EV;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ION_DIFFUSIVITY_PREFACTOR_M2_PER_S;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__MOBILE_ION_DENSITY_PER_M3;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.heterostack.engine.EngineException;
import org.heterostack.engine.device.internal.driftdiffusion.DeviceStack;
import org.heterostack.engine.device.internal.driftdiffusion.Illumination;
import org.heterostack.engine.device.internal.driftdiffusion.InterfaceRecombination;
import org.heterostack.engine.device.internal.driftdiffusion.MobileIons;
import org.heterostack.engine.device.internal.twod.TwoDAssumptions;
import org.heterostack.model.Architecture;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.OperatingConditions;

/**
 * A model {@link Device} -> a drift-diffusion {@link DeviceStack}. Substrate and electrode layers are left out:
 * the contacts are ideal and ohmic at the outer faces of the outermost simulated layers (IonMonger). The
 * simulated stack always starts at the electron-extracting side, so a p-i-n device (ETL on top) is mirrored
 * and its illuminated side with it; the applied voltage keeps its sign convention (forward bias positive).
 * The mobile ionic species lives in the ABSORBER layer, from its mobileIonDensityPerM3 and the Arrhenius
 * diffusivity D = D0 exp(-Ea/kT) at the device temperature; without mobileIonDensityPerM3 there are no ions.
 * A layer made of a 2D perovskite gets the parameters the model does not hold derived from its structure
 * ({@link TwoDLayerMapper}); 2D phases of the absorber's heterostructure that are no layer act through
 * recombination ({@link TwoDPlacements}). A 2D layer or interlayer whose drift-diffusion parameters are still
 * incomplete is left out, with a warning.
 */
public final class DeviceStackMapper {

    /** Roles of layers the device can be simulated without when their parameters are incomplete. */
    private static final Set<LayerRole> OPTIONAL_ROLES = EnumSet.of(LayerRole.PASSIVATION_2D,
            LayerRole.INTERLAYER);

    private DeviceStackMapper() {
    }

    /**
     * @param device the device
     * @return the mapped stack with the assumptions in force
     * @throws EngineException naming the object and attribute when data are missing or invalid
     */
    public static MappedDevice map(Device device) throws EngineException {
        return map(device, TwoDAssumptions.DEFAULTS);
    }

    /**
     * @param device      the device
     * @param assumptions what to assume about 2D phases whose device parameters the model does not hold
     * @return the mapped stack with the assumptions in force
     * @throws EngineException naming the object and attribute when data are missing or invalid
     */
    public static MappedDevice map(Device device, TwoDAssumptions assumptions) throws EngineException {
        List<String> notes = new ArrayList<>();
        OperatingConditions conditions = device.getConditions();
        if (conditions == null) {
            conditions = HeterostackFactory.eINSTANCE.createOperatingConditions();
            notes.add("device '" + device.getName() + "' has no operating conditions: AM1.5G, 1 sun, "
                    + conditions.getTemperatureK() + " K, light through the bottom (model defaults)");
        }
        List<Layer> simulated = simulatedLayers(device, notes);
        boolean reversed = isReversed(device, simulated);
        if (reversed) {
            Collections.reverse(simulated);
            notes.add("p-i-n stack simulated from the top (ETL) down so x = 0 is the electron contact");
        }
        double temperatureK = conditions.getTemperatureK();
        Layer absorber = BandGaps.activeLayer(device, LayerRole.ABSORBER);
        MobileIons ions = ions(device, absorber, simulated, temperatureK, notes);
        List<org.heterostack.engine.device.internal.driftdiffusion.Layer> layers = mapLayers(device, simulated,
                absorber, ions != null, temperatureK, assumptions, notes);
        List<InterfaceRecombination> interfaces = InterfaceMapper.map(device, simulated, absorber, assumptions, notes);
        TwoDPlacements.apply(device, simulated, layers, interfaces, absorber, reversed, assumptions, notes);
        Illumination light = IlluminationMapper.map(device, conditions, BandGaps.of(device, absorber),
                IlluminationMapper.fromLeft(conditions.getIlluminatedSide(), reversed), notes);
        try {
            DeviceStack stack = new DeviceStack(layers, interfaces, ions, light, temperatureK);
            checkBuiltInVoltage(device, stack, notes);
            return new MappedDevice(stack, simulated, reversed, notes);
        } catch (RuntimeException e) {
            throw new EngineException("Device '" + device.getName() + "' cannot be simulated: " + e.getMessage(), e);
        }
    }

    private static List<Layer> simulatedLayers(Device device, List<String> notes) throws EngineException {
        List<Layer> simulated = new ArrayList<>();
        List<String> contacts = new ArrayList<>();
        for (Layer layer : device.getLayers()) {
            if (layer.getRole() == LayerRole.SUBSTRATE || layer.getRole() == LayerRole.ELECTRODE) {
                contacts.add(layer.getName());
            } else {
                simulated.add(layer);
            }
        }
        if (!contacts.isEmpty()) {
            notes.add("layers " + contacts + " are not simulated: ideal ohmic contacts at the outer faces of the "
                    + "transport layers");
        }
        if (simulated.isEmpty()) {
            throw new EngineException("Device '" + device.getName() + "' has no semiconductor layers");
        }
        return simulated;
    }

    /**
     * Maps the simulated layers. An optional layer (a 2D passivation layer or an interlayer such as a BCP buffer)
     * that lacks a parameter the equations need is left out of the simulated stack, with a warning naming the
     * attribute, and removed from {@code simulated}; a missing parameter of any other layer fails the mapping.
     */
    private static List<org.heterostack.engine.device.internal.driftdiffusion.Layer> mapLayers(Device device,
            List<Layer> simulated, Layer absorber, boolean ions, double temperatureK, TwoDAssumptions assumptions,
            List<String> notes) throws EngineException {
        List<org.heterostack.engine.device.internal.driftdiffusion.Layer> layers = new ArrayList<>();
        for (Iterator<Layer> it = simulated.iterator(); it.hasNext();) {
            Layer layer = it.next();
            List<String> layerNotes = new ArrayList<>();
            try {
                layers.add(InterfaceMapper.isTwoD(layer) && layer != absorber
                        ? TwoDLayerMapper.map(device, layer, absorber, temperatureK, assumptions, layerNotes)
                        : LayerMapper.map(device, layer, ions && layer == absorber, temperatureK, layerNotes));
                notes.addAll(layerNotes);
            } catch (EngineException e) {
                if (!OPTIONAL_ROLES.contains(layer.getRole())) {
                    throw e;
                }
                it.remove();
                notes.add("WARNING: layer '" + layer.getName() + "' (" + layer.getRole()
                        + ") is not simulated: " + e.getMessage() + "; the device is simulated without it");
            }
        }
        return layers;
    }

    private static boolean isReversed(Device device, List<Layer> layers) {
        int etl = indexOf(layers, LayerRole.ETL);
        int htl = indexOf(layers, LayerRole.HTL);
        if (etl >= 0 && htl >= 0) {
            return etl > htl;
        }
        return device.getArchitecture() == Architecture.PIN;
    }

    private static int indexOf(List<Layer> layers, LayerRole role) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).getRole() == role) {
                return i;
            }
        }
        return -1;
    }

    private static MobileIons ions(Device device, Layer absorber, List<Layer> simulated, double temperatureK,
            List<String> notes) throws EngineException {
        for (Layer other : simulated) {
            if (other != absorber && other.effectiveValue(SEMICONDUCTOR_PARAMETERS__MOBILE_ION_DENSITY_PER_M3) != null) {
                notes.add(LayerParameters.label(device, other) + ": mobileIonDensityPerM3 ignored; mobile ions are "
                        + "confined to the absorber");
            }
        }
        Double n0 = absorber.effectiveValue(SEMICONDUCTOR_PARAMETERS__MOBILE_ION_DENSITY_PER_M3);
        if (n0 == null) {
            notes.add(LayerParameters.label(device, absorber) + " has no mobileIonDensityPerM3: no mobile ions, so no "
                    + "ionic hysteresis");
            return null;
        }
        double d0 = LayerParameters.require(device, absorber, SEMICONDUCTOR_PARAMETERS__ION_DIFFUSIVITY_PREFACTOR_M2_PER_S);
        double ea = LayerParameters.require(device, absorber, SEMICONDUCTOR_PARAMETERS__ION_ACTIVATION_ENERGY_EV);
        try {
            MobileIons ions = MobileIons.arrhenius(n0, d0, ea, temperatureK);
            notes.add(String.format("mobile ion vacancies in '%s': N0 %.3g m-3, D = %.3g exp(-%.3g eV/kT) = %.4g m2/s "
                    + "at %s K", absorber.getName(), n0, d0, ea, ions.diffusivityM2PerS(), temperatureK));
            return ions;
        } catch (RuntimeException e) {
            throw new EngineException(LayerParameters.label(device, absorber) + " has invalid mobile-ion parameters: "
                    + e.getMessage(), e);
        }
    }

    private static void checkBuiltInVoltage(Device device, DeviceStack stack, List<String> notes) {
        double derived = stack.builtInVoltageV();
        Double given = device.getBuiltInVoltageV();
        if (given != null && Math.abs(given - derived) > 1e-3) {
            notes.add(String.format("WARNING: device builtInVoltageV %.4f V differs from %.4f V derived from the "
                    + "contact layers' Fermi levels; the derived value is used (ohmic contacts)", given, derived));
        }
    }
}
