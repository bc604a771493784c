package org.example.slme.internal;

/**
 * The fraction a(E) of normally incident photons of energy E a film absorbs.
 */
public sealed interface Absorptance {

    /**
     * @param photonEnergyEv photon energy in eV
     * @return a(E) in [0, 1]
     */
    double at(double photonEnergyEv);

    /** @return the lowest photon energy in eV with a(E) &gt; 0 */
    double onsetEv();

    /** @return the photon energies in eV, increasing, where a(E) bends or jumps (integrals split there) */
    double[] breakpointsEv();

    /**
     * Yu and Zunger's film: a(E) = 1 - exp(-2 alpha(E) L), no reflection at the front, a perfect mirror at the
     * back (Phys. Rev. Lett. 108, 068701 (2012)).
     *
     * @param alpha      absorption coefficient
     * @param thicknessM film thickness L in m
     */
    record Film(AbsorptionCoefficient alpha, double thicknessM) implements Absorptance {

        /** Checks the thickness and that the film absorbs at all. */
        public Film {
            if (!(thicknessM > 0) || !Double.isFinite(thicknessM)) {
                throw new IllegalArgumentException("film thickness " + thicknessM + " m is not a positive number");
            }
            if (Double.isNaN(alpha.onsetEv())) {
                throw new IllegalArgumentException("the absorption coefficient is zero at every wavelength");
            }
        }

        @Override
        public double at(double photonEnergyEv) {
            return -Math.expm1(-2 * alpha.atEv(photonEnergyEv) * thicknessM);
        }

        @Override
        public double onsetEv() {
            return alpha.onsetEv();
        }

        @Override
        public double[] breakpointsEv() {
            return alpha.energiesEv();
        }
    }

    /**
     * Shockley and Queisser's absorber: every photon at or above the gap, none below.
     *
     * @param gapEv the gap in eV
     */
    record Step(double gapEv) implements Absorptance {

        /** Checks the gap. */
        public Step {
            if (!(gapEv > 0) || !Double.isFinite(gapEv)) {
                throw new IllegalArgumentException("band gap " + gapEv + " eV is not a positive number");
            }
        }

        @Override
        public double at(double photonEnergyEv) {
            return photonEnergyEv >= gapEv ? 1 : 0;
        }

        @Override
        public double onsetEv() {
            return gapEv;
        }

        @Override
        public double[] breakpointsEv() {
            return new double[] {gapEv};
        }
    }
}
