package org.heterostack.engine.device.internal.detailedbalance;

/**
 * Efficiency versus band gap (the Shockley-Queisser curve).
 *
 * @param bandGapEv band gaps in eV, increasing
 * @param pcePercent efficiency in % at each gap
 */
public record PceCurve(double[] bandGapEv, double[] pcePercent) {

    /** @return index of the highest efficiency */
    public int peakIndex() {
        int best = 0;
        for (int i = 1; i < pcePercent.length; i++) {
            if (pcePercent[i] > pcePercent[best]) {
                best = i;
            }
        }
        return best;
    }

    /** @return band gap of the highest efficiency in eV */
    public double peakBandGapEv() {
        return bandGapEv[peakIndex()];
    }

    /** @return highest efficiency in % */
    public double peakPcePercent() {
        return pcePercent[peakIndex()];
    }
}
