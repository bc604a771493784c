package org.heterostack.engine.device.internal.driftdiffusion;

/**
 * One mobile, positively charged ionic species (halide vacancies) confined to the layers marked
 * {@link Layer#hostsIons()}, moving on a uniform negative background of the same mean density (so the layer
 * is neutral when the ions are uniform); zero ionic flux at the boundaries of the ion-hosting region, total
 * conserved (Courtier et al. 2019, eqs. 4-6).
 *
 * @param meanDensityPerM3 N0, mean vacancy density = background density, m-3 (&gt; 0)
 * @param diffusivityM2PerS D_I in m2/s (&gt;= 0; 0 freezes the ions)
 */
public record MobileIons(double meanDensityPerM3, double diffusivityM2PerS) {

    /** Validates signs. */
    public MobileIons {
        if (!(meanDensityPerM3 > 0 && diffusivityM2PerS >= 0)) {
            throw new DriftDiffusionException("mobile ions need N0 > 0 and D >= 0, got N0 " + meanDensityPerM3
                    + " m-3, D " + diffusivityM2PerS + " m2/s");
        }
    }

    /**
     * Arrhenius diffusivity D = D_inf exp(-Ea/kT).
     *
     * @param meanDensityPerM3 N0 in m-3
     * @param prefactorM2PerS D_inf in m2/s
     * @param activationEnergyEv Ea in eV
     * @param temperatureK T in K
     * @return the species
     */
    public static MobileIons arrhenius(double meanDensityPerM3, double prefactorM2PerS, double activationEnergyEv,
            double temperatureK) {
        double kt = org.heterostack.engine.PhysicalConstants.thermalVoltageV(temperatureK);
        return new MobileIons(meanDensityPerM3, prefactorM2PerS * Math.exp(-activationEnergyEv / kt));
    }

    /**
     * @param factor multiplier of the diffusivity
     * @return the same species with D multiplied by factor
     */
    public MobileIons withDiffusivityScaled(double factor) {
        return new MobileIons(meanDensityPerM3, diffusivityM2PerS * factor);
    }
}
