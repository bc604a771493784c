package org.heterostack.engine.device.internal.led;

/**
 * The four factors of the external quantum efficiency of an LED (all dimensionless fractions in [0, 1]).
 *
 * @param chargeBalance gamma: fraction of injected charge that forms excitons / recombining pairs
 *        (1 for perfectly balanced electron and hole injection)
 * @param radiativeEfficiency eta_rad: internal radiative efficiency (PLQY of the emitter at the operating
 *        carrier density)
 * @param spinFactor chi: fraction of recombination events that are spin-allowed radiative; 1 for free-carrier
 *        and perovskite emitters and phosphors, 0.25 for fluorescent (singlet) organics
 * @param outcouplingEfficiency eta_out: fraction of internally generated photons that escape; about 1/(2 n^2)
 *        for a planar emitter of refractive index n (ray optics), 0.1-0.3 for perovskite LEDs
 */
public record LedEfficiencyInput(double chargeBalance, double radiativeEfficiency, double spinFactor,
        double outcouplingEfficiency) {

    /** Validates that every factor is in [0, 1]. */
    public LedEfficiencyInput {
        fraction("charge balance", chargeBalance);
        fraction("radiative efficiency", radiativeEfficiency);
        fraction("spin factor", spinFactor);
        fraction("outcoupling efficiency", outcouplingEfficiency);
    }

    private static void fraction(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new LedException("LED " + name + " " + value + " outside [0, 1]");
        }
    }
}
