package org.heterostack.engine.device.internal.driftdiffusion;

/**
 * Bulk recombination rate and its derivatives (see {@link BulkRecombination} for the model and sources).
 */
final class Recombination {

    private Recombination() {
    }

    /**
     * SRH acts only if both lifetimes are finite.
     *
     * @param out receives {R, dR/dn, dR/dp} in m-3 s-1 (and per m-3) for densities n, p in m-3
     */
    static void bulk(double n, double p, double tauN, double tauP, double b, double cn, double cp,
            double niSquared, double[] out) {
        double excess = n * p - niSquared;
        double k = b + cn * n + cp * p;
        double dkn = cn;
        double dkp = cp;
        if (Double.isFinite(tauN) && Double.isFinite(tauP)) {
            double s = tauP * n + tauN * p + (tauN + tauP) * Math.sqrt(niSquared);
            k += 1 / s;
            dkn -= tauP / (s * s);
            dkp -= tauN / (s * s);
        }
        out[0] = excess * k;
        out[1] = p * k + excess * dkn;
        out[2] = n * k + excess * dkp;
    }
}
