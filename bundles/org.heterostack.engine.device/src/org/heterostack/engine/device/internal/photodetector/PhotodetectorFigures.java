package org.heterostack.engine.device.internal.photodetector;

/**
 * Figures of merit of a photodiode at one wavelength and bias.
 *
 * @param responsivityAPerW responsivity R in A/W
 * @param specificDetectivityJones shot-noise-limited specific detectivity D* in Jones (cm Hz^1/2 W^-1)
 * @param linearDynamicRangeDb linear dynamic range in dB
 * @param darkCurrentDensityAPerM2 dark current density used, in A/m2
 */
public record PhotodetectorFigures(double responsivityAPerW, double specificDetectivityJones,
        double linearDynamicRangeDb, double darkCurrentDensityAPerM2) {
}
