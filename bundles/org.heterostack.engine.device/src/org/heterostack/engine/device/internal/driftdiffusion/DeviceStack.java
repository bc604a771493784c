package org.heterostack.engine.device.internal.driftdiffusion;

import java.util.List;

import org.heterostack.engine.PhysicalConstants;

/**
 * A 1D layer stack between two ohmic contacts (at the outer faces of the first and last layer), listed from
 * x = 0 (left contact) to the right contact.
 *
 * @param layers layers from left to right (&gt;= 1); exactly one contiguous run may host the mobile ions
 * @param interfaces recombination at each internal interface, size layers - 1 (interface i is between layer
 *        i and i + 1)
 * @param ions the mobile ionic species, or null for none
 * @param illumination incident light
 * @param temperatureK temperature in K
 */
public record DeviceStack(List<Layer> layers, List<InterfaceRecombination> interfaces, MobileIons ions,
        Illumination illumination, double temperatureK) {

    /** Validates consistency and copies the lists. */
    public DeviceStack {
        layers = List.copyOf(layers);
        interfaces = List.copyOf(interfaces);
        if (layers.isEmpty() || interfaces.size() != layers.size() - 1) {
            throw new DriftDiffusionException("device needs >= 1 layer and layers - 1 interfaces, got "
                    + layers.size() + " layers and " + interfaces.size() + " interfaces");
        }
        if (!(temperatureK > 0 && temperatureK < 1000)) {
            throw new DriftDiffusionException("temperature " + temperatureK + " K outside 0-1000 K");
        }
        long hosts = layers.stream().filter(Layer::hostsIons).count();
        if (ions != null && hosts != 1) {
            throw new DriftDiffusionException("mobile ions need exactly one ion-hosting layer, found " + hosts);
        }
        if (absorberIndex(layers) < 0) {
            throw new DriftDiffusionException("device has no layer holding both electrons and holes");
        }
        ContactDensities.equilibrium(layers.get(0), temperatureK);
        ContactDensities.equilibrium(layers.get(layers.size() - 1), temperatureK);
    }

    /** @return thermal voltage kT/q in V */
    public double thermalVoltageV() {
        return PhysicalConstants.thermalVoltageV(temperatureK);
    }

    /** @return index of the reference (absorber) layer: the ion host if any, else the first bipolar layer */
    public int referenceLayerIndex() {
        for (int i = 0; i < layers.size(); i++) {
            if (ions != null && layers.get(i).hostsIons()) {
                return i;
            }
        }
        return absorberIndex(layers);
    }

    private static int absorberIndex(List<Layer> layers) {
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).hasElectrons() && layers.get(i).hasHoles()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Built-in voltage from the equilibrium Fermi levels of the two contact layers,
     * Vbi = (EF,left - EF,right)/q (IonMonger: (EcE + kT ln(dE/gcE)) - (EvH - kT ln(dH/gvH))).
     *
     * @return Vbi in V
     */
    public double builtInVoltageV() {
        return fermiLevelEv(layers.get(0)) - fermiLevelEv(layers.get(layers.size() - 1));
    }

    /** Equilibrium Fermi level of a neutral layer in eV. */
    double fermiLevelEv(Layer l) {
        double[] np = ContactDensities.equilibrium(l, temperatureK);
        double kt = thermalVoltageV();
        return np[0] > 0 ? l.conductionBandEv() + kt * Math.log(np[0] / l.conductionDosPerM3())
                : l.valenceBandEv() - kt * Math.log(np[1] / l.valenceDosPerM3());
    }

    /** @param replacement new ions (may be null) @return copy with them */
    public DeviceStack withIons(MobileIons replacement) {
        return new DeviceStack(layers, interfaces, replacement, illumination, temperatureK);
    }

    /** @param replacement new illumination @return copy with it */
    public DeviceStack withIllumination(Illumination replacement) {
        return new DeviceStack(layers, interfaces, ions, replacement, temperatureK);
    }

    /** @param replacement new layers (same count) @return copy with them */
    public DeviceStack withLayers(List<Layer> replacement) {
        return new DeviceStack(replacement, interfaces, ions, illumination, temperatureK);
    }

    /** @param replacement new interfaces @return copy with them */
    public DeviceStack withInterfaces(List<InterfaceRecombination> replacement) {
        return new DeviceStack(layers, replacement, ions, illumination, temperatureK);
    }
}
