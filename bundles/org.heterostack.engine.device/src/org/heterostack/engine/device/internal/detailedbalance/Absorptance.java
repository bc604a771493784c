package org.heterostack.engine.device.internal.detailedbalance;

/**
 * Absorptance a(E) of the absorber, used both for the absorbed solar photon flux and, by reciprocity
 * (Rau, Phys. Rev. B 76 (2007) 085303), for the emitted black-body flux.
 */
public sealed interface Absorptance permits Absorptance.Step, Absorptance.FiniteThickness {

    /**
     * @param photonEnergyEv photon energy in eV
     * @param bandGapEv band gap in eV
     * @return absorptance in [0, 1]
     */
    double at(double photonEnergyEv, double bandGapEv);

    /** Ideal Shockley-Queisser step: a = 1 above the gap, 0 below. */
    record Step() implements Absorptance {
        @Override
        public double at(double photonEnergyEv, double bandGapEv) {
            return photonEnergyEv >= bandGapEv ? 1.0 : 0.0;
        }
    }

    /**
     * Finite-thickness Beer-Lambert absorber: a(E) = 1 - exp(-passes alpha(E) d), with passes = 2 for a
     * perfect back mirror (double pass at normal incidence, no light trapping) and 1 for a single pass;
     * alpha(E) = alpha0 above the gap and alpha0 exp((E - Eg)/EU) below it (Urbach tail; EU = 0 means
     * no sub-gap absorption).
     *
     * @param thicknessM absorber thickness d in m
     * @param alphaAboveGapPerM absorption coefficient alpha0 above the gap in 1/m (e.g. 1.3e7 for MAPbI3)
     * @param urbachEnergyEv Urbach energy EU in eV (0 = no tail; must be below kT for a finite J0)
     * @param passes 1 (single pass) or 2 (double pass with back mirror)
     */
    record FiniteThickness(double thicknessM, double alphaAboveGapPerM, double urbachEnergyEv, int passes)
            implements Absorptance {

        /** Validates the parameters. */
        public FiniteThickness {
            if (!(thicknessM > 0) || !(alphaAboveGapPerM > 0) || !(urbachEnergyEv >= 0)
                    || (passes != 1 && passes != 2)) {
                throw new DetailedBalanceException("invalid finite-thickness absorptance: thickness " + thicknessM
                        + " m, alpha " + alphaAboveGapPerM + " 1/m, Urbach energy " + urbachEnergyEv
                        + " eV, passes " + passes + " (need > 0, > 0, >= 0, 1 or 2)");
            }
        }

        @Override
        public double at(double photonEnergyEv, double bandGapEv) {
            double alpha;
            if (photonEnergyEv >= bandGapEv) {
                alpha = alphaAboveGapPerM;
            } else if (urbachEnergyEv > 0) {
                alpha = alphaAboveGapPerM * Math.exp((photonEnergyEv - bandGapEv) / urbachEnergyEv);
            } else {
                return 0;
            }
            return -Math.expm1(-passes * alpha * thicknessM);
        }
    }
}
