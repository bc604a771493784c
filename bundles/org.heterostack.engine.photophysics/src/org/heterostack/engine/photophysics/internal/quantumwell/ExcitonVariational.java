package org.heterostack.engine.photophysics.internal.quantumwell;

import org.heterostack.engine.PhysicalConstants;
import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;

/**
 * 1s exciton binding energy in a dielectric quantum well by the variational method.
 *
 * <p>Trial function psi = f_e(z_e) f_h(z_h) sqrt(2/pi)/lambda exp(-rho/lambda) (Kumagai and Takagahara,
 * Phys. Rev. B 40, 2359 (1989), with the 2D in-plane form), energy E(lambda) = hbar^2/(2 mu lambda^2) +
 * &lt;V&gt;(lambda) with V the screened Coulomb interaction including all dielectric images
 * ({@link DielectricSlab#pairEnergyEv}). Eb = -min E. Validity: well width up to about twice the in-plane
 * radius (n &lt;~ 10 for lead iodides); for thicker wells the 2D trial function becomes poor and the bulk
 * limit is not recovered (use the bulk hydrogenic value there).
 */
final class ExcitonVariational {

    private static final double LAMBDA_MIN_A = 1.0;
    private static final double LAMBDA_MAX_A = 1000.0;
    private static final double GOLDEN = (Math.sqrt(5.0) - 1.0) / 2.0;

    private ExcitonVariational() {
    }

    /**
     * Binding energy, eV, and the optimal in-plane radius.
     *
     * @param slab          dielectric slab (well width and permittivities)
     * @param reducedMassRel in-plane reduced mass, m0
     * @return {Eb in eV, lambda in Angstrom}
     * @throws PhotophysicsException if the minimum sits on the search boundary (no bound state found)
     */
    static double[] bindingEnergy(DielectricSlab slab, double reducedMassRel) {
        double lo = Math.log(LAMBDA_MIN_A);
        double hi = Math.log(LAMBDA_MAX_A);
        for (int i = 0; i < 60 && hi - lo > 1e-5; i++) {
            double x1 = hi - GOLDEN * (hi - lo);
            double x2 = lo + GOLDEN * (hi - lo);
            if (energy(slab, reducedMassRel, Math.exp(x1)) < energy(slab, reducedMassRel, Math.exp(x2))) {
                hi = x2;
            } else {
                lo = x1;
            }
        }
        double lambda = Math.exp(0.5 * (lo + hi));
        if (lambda < 1.01 * LAMBDA_MIN_A || lambda > 0.99 * LAMBDA_MAX_A) {
            throw new PhotophysicsException("exciton variational minimum at the search boundary (lambda = " + lambda
                    + " A): no bound exciton found");
        }
        double e = energy(slab, reducedMassRel, lambda);
        if (!(e < 0.0)) {
            throw new PhotophysicsException("exciton variational energy is not negative (" + e + " eV): unbound");
        }
        return new double[] {-e, lambda};
    }

    private static double energy(DielectricSlab slab, double mu, double lambdaA) {
        return PhysicalConstants.HBAR2_OVER_2_ELECTRON_MASS_EV_ANGSTROM2 / (mu * lambdaA * lambdaA) + slab.pairEnergyEv(lambdaA);
    }
}
