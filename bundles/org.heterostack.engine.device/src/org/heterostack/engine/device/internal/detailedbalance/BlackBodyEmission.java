package org.heterostack.engine.device.internal.detailedbalance;

import static org.heterostack.engine.PhysicalConstants.BOLTZMANN_J_PER_K;
import static org.heterostack.engine.PhysicalConstants.ELEMENTARY_CHARGE_C;
import static org.heterostack.engine.PhysicalConstants.PLANCK_J_S;
import static org.heterostack.engine.PhysicalConstants.SPEED_OF_LIGHT_M_PER_S;

/**
 * Radiative dark saturation current J0,rad = q int a(E) phi_bb(E) dE of a flat cell emitting from one side
 * into a hemisphere (refractive index 1), phi_bb(E) = 2 pi E^2 / (h^3 c^2 (exp(E/kT) - 1)) (Shockley &amp;
 * Queisser, J. Appl. Phys. 32 (1961) 510; Rühle, Sol. Energy 130 (2016) 139, eq. 7). Results are returned
 * as natural logarithms because J0 underflows for wide gaps at low temperature.
 */
final class BlackBodyEmission {

    private static final int STEPS_PER_KT = 8;
    private static final double UPPER_LIMIT_KT = 45;

    private BlackBodyEmission() {
    }

    /** ln of q 2 pi (kT)^3 / (h^3 c^2) in A/m2. */
    static double lnPrefactorAPerM2(double temperatureK) {
        double kt = BOLTZMANN_J_PER_K * temperatureK;
        return Math.log(ELEMENTARY_CHARGE_C * 2 * Math.PI) + 3 * Math.log(kt)
                - 3 * Math.log(PLANCK_J_S) - 2 * Math.log(SPEED_OF_LIGHT_M_PER_S);
    }

    /**
     * ln J0,rad for the step absorptance, from the exact series
     * int_xg^inf x^2/(e^x - 1) dx = sum_k e^(-k xg) (xg^2/k + 2 xg/k^2 + 2/k^3).
     */
    static double lnStepJ0APerM2(double bandGapEv, double temperatureK) {
        double xg = bandGapEv * ELEMENTARY_CHARGE_C / (BOLTZMANN_J_PER_K * temperatureK);
        double sum = 0;
        for (int k = 1; k <= 200; k++) {
            double term = Math.exp(-(k - 1) * xg) * (xg * xg / k + 2 * xg / ((double) k * k) + 2 / ((double) k * k * k));
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return lnPrefactorAPerM2(temperatureK) - xg + Math.log(sum);
    }

    /**
     * ln J0,rad for a general absorptance by composite Simpson quadrature in x = E/kT, split at the gap;
     * the sub-gap part extends down to where the Urbach-tail integrand falls below 1e-13 of its gap value.
     */
    static double lnJ0APerM2(Absorptance absorptance, double bandGapEv, double temperatureK) {
        double ktEv = BOLTZMANN_J_PER_K * temperatureK / ELEMENTARY_CHARGE_C;
        double xg = bandGapEv / ktEv;
        // integrand scaled by exp(xg) to avoid underflow: a x^2 exp(xg - x) / (1 - exp(-x))
        double above = simpson(absorptance, bandGapEv, ktEv, xg, xg, xg + UPPER_LIMIT_KT, 1.0 / STEPS_PER_KT, true);
        double below = 0;
        if (absorptance instanceof Absorptance.FiniteThickness ft && ft.urbachEnergyEv() > 0) {
            double eu = ft.urbachEnergyEv();
            if (eu >= ktEv) {
                throw new DetailedBalanceException("Urbach energy " + eu + " eV >= kT = " + ktEv
                        + " eV: the sub-gap black-body emission diverges (Urbach catastrophe)");
            }
            double decayPerEv = 1 / eu - 1 / ktEv;
            double lowEv = Math.max(0.01, bandGapEv - 30 / decayPerEv);
            double step = Math.min(1.0, eu / ktEv) / STEPS_PER_KT;
            below = simpson(absorptance, bandGapEv, ktEv, xg, lowEv / ktEv, xg, step, false);
        }
        return lnPrefactorAPerM2(temperatureK) - xg + Math.log(above + below);
    }

    private static double simpson(Absorptance a, double gapEv, double ktEv, double xg, double from, double to,
            double maxStep, boolean aboveGap) {
        int n = Math.max(2, 2 * (int) Math.ceil((to - from) / (2 * maxStep)));
        double h = (to - from) / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double x = from + i * h;
            double energyEv = aboveGap ? Math.max(x * ktEv, gapEv) : Math.min(x * ktEv, Math.nextDown(gapEv));
            double f = a.at(energyEv, gapEv) * x * x * Math.exp(xg - x) / -Math.expm1(-x);
            sum += f * (i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2));
        }
        return sum * h / 3;
    }
}
