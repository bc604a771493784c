package org.heterostack.engine.device.internal.driftdiffusion;

import org.heterostack.engine.PhysicalConstants;

/** Equilibrium carrier densities of a neutral layer (ohmic-contact boundary values). */
final class ContactDensities {

    private ContactDensities() {
    }

    /**
     * Neutral equilibrium densities: n - p = Nd - Na with n p = ni^2 for a bipolar layer; n = Nd (or p = Na)
     * for a unipolar transport layer.
     *
     * @return {n, p} in m-3 (0 for an absent carrier)
     */
    static double[] equilibrium(Layer l, double temperatureK) {
        double net = l.donorDensityPerM3() - l.acceptorDensityPerM3();
        if (l.hasElectrons() && l.hasHoles()) {
            double kt = PhysicalConstants.thermalVoltageV(temperatureK);
            double ni = Math.sqrt(l.conductionDosPerM3() * l.valenceDosPerM3())
                    * Math.exp(-(l.conductionBandEv() - l.valenceBandEv()) / (2 * kt));
            double half = 0.5 * Math.abs(net);
            double major = half + Math.hypot(half, ni);
            double minor = ni * ni / major;
            return net >= 0 ? new double[] {major, minor} : new double[] {minor, major};
        }
        if (l.hasElectrons()) {
            if (!(net > 0)) {
                throw new DriftDiffusionException("electron-only contact layer " + l.name() + " needs net donors");
            }
            return new double[] {net, 0};
        }
        if (!(net < 0)) {
            throw new DriftDiffusionException("hole-only contact layer " + l.name() + " needs net acceptors");
        }
        return new double[] {0, -net};
    }
}
