package org.heterostack.engine.device.internal.driftdiffusion;

/**
 * Internal state at one time: band diagram, densities and recombination along x. Arrays are indexed by
 * profile point; every layer contributes its own nodes, so a heterointerface appears twice (once with each
 * layer's band edges and densities) and the band offsets are visible. Quasi-Fermi levels of a carrier that
 * does not exist in a layer (e.g. holes in an electron-only ETL) are NaN by definition.
 *
 * @param timeS simulated time in s (0 = end of the initial steady state)
 * @param voltageV applied voltage in V
 * @param positionM x in m (0 = left contact)
 * @param layerIndex layer of each point
 * @param potentialV electrostatic potential in V
 * @param conductionBandEv Ec(x) = Ec,layer - q phi, eV
 * @param valenceBandEv Ev(x), eV
 * @param electronQuasiFermiEv Ef,n = Ec + kT ln(n/gc), eV (NaN where electrons are absent)
 * @param holeQuasiFermiEv Ef,p = Ev - kT ln(p/gv), eV (NaN where holes are absent)
 * @param electronDensityPerM3 n in m-3
 * @param holeDensityPerM3 p in m-3
 * @param ionDensityPerM3 mobile vacancy density P in m-3 (0 outside the ion layer)
 * @param bulkRecombinationPerM3S bulk recombination rate in m-3 s-1
 * @param interfaceRecombinationPerM2S recombination rate at each internal interface, m-2 s-1
 * @param cellCentreM centre of each grid cell in m
 * @param currentDensityAPerM2 conduction current density (electrons + holes + ions) through each cell, A/m2
 */
public record InternalProfile(double timeS, double voltageV, double[] positionM, int[] layerIndex, double[] potentialV,
        double[] conductionBandEv, double[] valenceBandEv, double[] electronQuasiFermiEv, double[] holeQuasiFermiEv,
        double[] electronDensityPerM3, double[] holeDensityPerM3, double[] ionDensityPerM3,
        double[] bulkRecombinationPerM3S, double[] interfaceRecombinationPerM2S, double[] cellCentreM,
        double[] currentDensityAPerM2) {

    /**
     * Largest relative deviation of the cell currents from their mean: 0 for exact current continuity
     * (expected at steady state, where the ionic current vanishes).
     *
     * @return max |J_c - J_mean| / max(|J_mean|, 1e-12 A/m2)
     */
    public double currentContinuityError() {
        double mean = 0;
        for (double j : currentDensityAPerM2) {
            mean += j;
        }
        mean /= currentDensityAPerM2.length;
        double max = 0;
        for (double j : currentDensityAPerM2) {
            max = Math.max(max, Math.abs(j - mean));
        }
        return max / Math.max(Math.abs(mean), 1e-12);
    }
}
