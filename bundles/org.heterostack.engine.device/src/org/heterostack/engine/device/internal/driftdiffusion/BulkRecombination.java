package org.heterostack.engine.device.internal.driftdiffusion;

/**
 * Bulk recombination of a layer that holds both carriers:
 * R = (n p - ni^2) [ 1/(tau_p n + tau_n p + (tau_n + tau_p) ni) + B + Cn n + Cp p ]; SRH acts only
 * when both lifetimes are finite
 * (SRH through a mid-gap trap, n1 = p1 = ni, as in IonMonger, Courtier et al., J. Comput. Electron. 18 (2019)
 * 1435, eq. 8; radiative B; Auger Cn, Cp).
 *
 * @param srhElectronLifetimeS tau_n in s ({@code Double.POSITIVE_INFINITY} = no SRH)
 * @param srhHoleLifetimeS tau_p in s ({@code Double.POSITIVE_INFINITY} = no SRH)
 * @param radiativeCoefficientM3PerS B in m3/s (&gt;= 0)
 * @param augerElectronCoefficientM6PerS Cn in m6/s (&gt;= 0)
 * @param augerHoleCoefficientM6PerS Cp in m6/s (&gt;= 0)
 */
public record BulkRecombination(double srhElectronLifetimeS, double srhHoleLifetimeS,
        double radiativeCoefficientM3PerS, double augerElectronCoefficientM6PerS, double augerHoleCoefficientM6PerS) {

    /** Validates signs. */
    public BulkRecombination {
        if (!(srhElectronLifetimeS > 0 && srhHoleLifetimeS > 0 && radiativeCoefficientM3PerS >= 0
                && augerElectronCoefficientM6PerS >= 0 && augerHoleCoefficientM6PerS >= 0)) {
            throw new DriftDiffusionException("bulk recombination needs lifetimes > 0 and coefficients >= 0, got "
                    + this);
        }
    }

    /** @return no bulk recombination */
    public static BulkRecombination none() {
        return new BulkRecombination(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, 0, 0, 0);
    }

    /**
     * @param tauNS electron lifetime in s
     * @param tauPS hole lifetime in s
     * @return SRH only
     */
    public static BulkRecombination srh(double tauNS, double tauPS) {
        return new BulkRecombination(tauNS, tauPS, 0, 0, 0);
    }

    /**
     * @param bM3PerS radiative coefficient in m3/s
     * @return radiative only
     */
    public static BulkRecombination radiative(double bM3PerS) {
        return new BulkRecombination(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, bM3PerS, 0, 0);
    }

    /** @return true if SRH is active (both lifetimes finite) */
    boolean hasSrh() {
        return Double.isFinite(srhElectronLifetimeS) && Double.isFinite(srhHoleLifetimeS);
    }

    /** @return true if any mechanism is active */
    boolean isActive() {
        return hasSrh() || radiativeCoefficientM3PerS > 0 || augerElectronCoefficientM6PerS > 0
                || augerHoleCoefficientM6PerS > 0;
    }
}
