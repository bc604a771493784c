package org.heterostack.engine.photophysics.internal.quantumwell;

import org.heterostack.engine.PhysicalConstants;
import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;

/**
 * Ground-state confinement energy of one carrier in a finite square well.
 *
 * <p>Model: even ground state of a well of width L and height V with BenDaniel-Duke matching
 * (psi and psi'/m continuous): (k / m(E)) tan(k L / 2) = kappa / m_b, kappa = sqrt(2 m_b (V - E)) / hbar.
 * In the well the band is non-parabolic (two-band Kane model, E (1 + E/Eg) = hbar^2 k^2 / (2 m*), energy
 * dependent mass m(E) = m* (1 + E/Eg)), the form used for lead-halide perovskites by e.g. Yu, Sci. Rep. 6,
 * 28576 (2016); the barrier band is parabolic with mass m_b. Energies are measured from the bulk band edge.
 */
final class FiniteWell {

    private FiniteWell() {
    }

    /**
     * Confinement energy, eV.
     *
     * @param widthA        well width, Angstrom
     * @param massRel       band-edge mass in the well, m0
     * @param barrierMassRel mass in the barrier, m0
     * @param barrierEv     barrier height, eV
     * @param kaneGapEv     gap of the two-band Kane model, eV (Double.POSITIVE_INFINITY = parabolic)
     */
    static double groundStateEv(double widthA, double massRel, double barrierMassRel, double barrierEv,
            double kaneGapEv) {
        double c = PhysicalConstants.HBAR2_OVER_2_ELECTRON_MASS_EV_ANGSTROM2;
        double kPole = Math.PI / widthA;
        double ePar = c * kPole * kPole / massRel;
        double ePole = Double.isInfinite(kaneGapEv) ? ePar : 0.5 * kaneGapEv * (Math.sqrt(1.0 + 4.0 * ePar / kaneGapEv) - 1.0);
        double lo = 1e-12;
        double hi = Math.min(barrierEv, ePole) * (1.0 - 1e-12);
        if (residual(lo, widthA, massRel, barrierMassRel, barrierEv, kaneGapEv) >= 0.0) {
            throw new PhotophysicsException("finite well: no bound-state bracket for L = " + widthA + " A, V = " + barrierEv + " eV");
        }
        for (int i = 0; i < 200 && hi - lo > 1e-13; i++) {
            double mid = 0.5 * (lo + hi);
            if (residual(mid, widthA, massRel, barrierMassRel, barrierEv, kaneGapEv) < 0.0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    private static double residual(double e, double widthA, double m, double mb, double v, double eg) {
        double c = PhysicalConstants.HBAR2_OVER_2_ELECTRON_MASS_EV_ANGSTROM2;
        double kinetic = Double.isInfinite(eg) ? e : e * (1.0 + e / eg);
        double mE = Double.isInfinite(eg) ? m : m * (1.0 + e / eg);
        double k = Math.sqrt(m * kinetic / c);
        double kappa = Math.sqrt(mb * (v - e) / c);
        return k / mE * Math.tan(0.5 * k * widthA) - kappa / mb;
    }
}
