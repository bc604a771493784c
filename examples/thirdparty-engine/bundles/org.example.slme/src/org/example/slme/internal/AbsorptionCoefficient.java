package org.example.slme.internal;

import static org.heterostack.engine.PhysicalConstants.HC_EV_NM;

import java.util.Arrays;

/**
 * A tabulated absorption coefficient alpha(E), linear in photon energy between the tabulated points, zero below
 * the lowest one and constant above the highest one.
 */
public final class AbsorptionCoefficient {

    private final double[] energyEv;
    private final double[] alphaPerM;

    private AbsorptionCoefficient(double[] energyEv, double[] alphaPerM) {
        this.energyEv = energyEv;
        this.alphaPerM = alphaPerM;
    }

    /**
     * @param wavelengthNm wavelengths in nm, each once, any order
     * @param alphaPerM    absorption coefficients in 1/m, one per wavelength
     * @return the table, by increasing photon energy
     * @throws IllegalArgumentException for fewer than two points, unequal lengths, a wavelength that is not
     *                                  positive or occurs twice, or a negative or non-finite coefficient; the
     *                                  message names the point
     */
    public static AbsorptionCoefficient fromWavelengths(double[] wavelengthNm, double[] alphaPerM) {
        if (wavelengthNm.length != alphaPerM.length) {
            throw new IllegalArgumentException(wavelengthNm.length + " wavelengths but " + alphaPerM.length
                    + " absorption coefficients");
        }
        if (wavelengthNm.length < 2) {
            throw new IllegalArgumentException("needs at least two points, has " + wavelengthNm.length);
        }
        Integer[] order = new Integer[wavelengthNm.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            if (!(wavelengthNm[i] > 0) || !Double.isFinite(wavelengthNm[i])) {
                throw new IllegalArgumentException("point " + (i + 1) + ": wavelength " + wavelengthNm[i]
                        + " nm is not a positive number");
            }
            if (!(alphaPerM[i] >= 0) || !Double.isFinite(alphaPerM[i])) {
                throw new IllegalArgumentException("point " + (i + 1) + " (" + wavelengthNm[i]
                        + " nm): absorption coefficient " + alphaPerM[i] + " 1/m is not a number >= 0");
            }
        }
        Arrays.sort(order, (a, b) -> Double.compare(wavelengthNm[b], wavelengthNm[a]));
        double[] energy = new double[order.length];
        double[] alpha = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            energy[k] = HC_EV_NM / wavelengthNm[order[k]];
            alpha[k] = alphaPerM[order[k]];
            if (k > 0 && wavelengthNm[order[k]] == wavelengthNm[order[k - 1]]) {
                throw new IllegalArgumentException("wavelength " + wavelengthNm[order[k]] + " nm occurs twice");
            }
        }
        return new AbsorptionCoefficient(energy, alpha);
    }

    /**
     * @param photonEnergyEv photon energy in eV
     * @return alpha in 1/m
     */
    public double atEv(double photonEnergyEv) {
        int n = energyEv.length;
        if (photonEnergyEv < energyEv[0]) {
            return 0;
        }
        if (photonEnergyEv >= energyEv[n - 1]) {
            return alphaPerM[n - 1];
        }
        int i = Arrays.binarySearch(energyEv, photonEnergyEv);
        if (i >= 0) {
            return alphaPerM[i];
        }
        int upper = -i - 1;
        int lower = upper - 1;
        double t = (photonEnergyEv - energyEv[lower]) / (energyEv[upper] - energyEv[lower]);
        return alphaPerM[lower] + t * (alphaPerM[upper] - alphaPerM[lower]);
    }

    /**
     * The lowest photon energy with alpha &gt; 0: the tabulated point before the first positive one (alpha rises
     * linearly from it), or the lowest point when that one is already positive.
     *
     * @return the onset in eV, or NaN when alpha is zero everywhere
     */
    public double onsetEv() {
        for (int i = 0; i < alphaPerM.length; i++) {
            if (alphaPerM[i] > 0) {
                return energyEv[Math.max(0, i - 1)];
            }
        }
        return Double.NaN;
    }

    /** @return the tabulated photon energies in eV, increasing (alpha bends there) */
    public double[] energiesEv() {
        return energyEv.clone();
    }

    /** @return the highest tabulated photon energy in eV (alpha is held constant above it) */
    public double maxEnergyEv() {
        return energyEv[energyEv.length - 1];
    }
}
