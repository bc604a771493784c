package org.heterostack.engine.stability.internal.common;

import org.heterostack.engine.PhysicalConstants;

/**
 * Arrhenius rate law k(T) = A exp(-Ea / (kB T)) (S. Arrhenius, Z. Phys. Chem. 4, 226 (1889)), shared by the
 * reaction, diffusion, moisture and baseline terms of the stability models.
 */
public final class Arrhenius {

    private Arrhenius() {
    }

    /**
     * @param prefactor pre-exponential factor A, any unit (the result carries the same unit), must be &gt;= 0
     * @param activationEnergyEv activation energy Ea in eV, must be &gt;= 0
     * @param temperatureK absolute temperature in K, must be &gt; 0
     * @param what name of the process, used in the error message
     * @return A exp(-Ea / (kB T))
     */
    public static double rate(double prefactor, double activationEnergyEv, double temperatureK, String what) {
        if (!(temperatureK > 0) || !Double.isFinite(temperatureK)) {
            throw new StabilityException(what + ": temperature must be a finite value > 0 K, got " + temperatureK);
        }
        if (!(prefactor >= 0) || !Double.isFinite(prefactor)) {
            throw new StabilityException(what + ": Arrhenius prefactor must be finite and >= 0, got " + prefactor);
        }
        if (!(activationEnergyEv >= 0) || !Double.isFinite(activationEnergyEv)) {
            throw new StabilityException(what + ": activation energy must be finite and >= 0 eV, got "
                    + activationEnergyEv);
        }
        return prefactor * Math.exp(-activationEnergyEv / (PhysicalConstants.BOLTZMANN_EV_PER_K * temperatureK));
    }

    /**
     * Thermal acceleration factor AF = exp(Ea/kB (1/Tuse - 1/Tstress)) of a single Arrhenius process: how many
     * hours at the use temperature one hour at the stress temperature is worth.
     *
     * @param activationEnergyEv apparent activation energy in eV (&gt;= 0)
     * @param useTemperatureK use (field) temperature in K
     * @param stressTemperatureK stress-test temperature in K
     * @return the dimensionless acceleration factor
     */
    public static double accelerationFactor(double activationEnergyEv, double useTemperatureK,
            double stressTemperatureK) {
        double useRate = rate(1.0, activationEnergyEv, useTemperatureK, "acceleration factor (use temperature)");
        double stressRate = rate(1.0, activationEnergyEv, stressTemperatureK,
                "acceleration factor (stress temperature)");
        return stressRate / useRate;
    }
}
