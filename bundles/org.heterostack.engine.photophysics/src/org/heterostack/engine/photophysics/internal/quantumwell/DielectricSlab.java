package org.heterostack.engine.photophysics.internal.quantumwell;

import org.heterostack.engine.PhysicalConstants;
import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;

/**
 * Electrostatics of a slab of permittivity eps_w and width L between half-spaces of eps_b, by image charges
 * (Kumagai and Takagahara, Phys. Rev. B 40, 2359 (1989), Eqs. 2-4; Hong, Ishihara, Nurmikko, Phys. Rev. B 45,
 * 6961 (1992)). Image strength gamma = (eps_w - eps_b) / (eps_w + eps_b); the m-th image of a charge at z
 * sits at (-1)^m z + m L. Carrier densities across the well are |cos(pi z / L)|^2 (2/L), the infinite-barrier
 * envelope, which vanishes at the sharp dielectric interface and keeps the image self-energy finite; barrier
 * penetration is small here (decay length ~1 A for V = 3 eV, m_b = m0) and is neglected in the electrostatics.
 * The direct electron-hole term may carry the lattice (polaron) screening of {@link PolaronScreening}.
 */
final class DielectricSlab {

    private static final int Z_POINTS_SELF = 200;
    private static final int Z_POINTS_PAIR = 24;
    private static final int R_POINTS = 48;
    private static final double IMAGE_CUTOFF = 1e-9;

    private final double widthA;
    private final double epsWell;
    private final double gamma;
    private final int images;
    private final GaussQuadrature.Rule zPair;
    private final double[] densityPair;
    private final GaussQuadrature.Rule radial = GaussQuadrature.laguerre(R_POINTS);
    private final PolaronScreening screening;

    /** Slab with the bare eps_w interaction (no lattice screening). */
    DielectricSlab(double widthA, double epsWell, double epsBarrier) {
        this(widthA, epsWell, epsBarrier, PolaronScreening.none());
    }

    /** Slab whose direct electron-hole interaction is screened by the well's lattice as {@code screening} says. */
    DielectricSlab(double widthA, double epsWell, double epsBarrier, PolaronScreening screening) {
        PhotophysicsException.requirePositive(widthA, "dielectric slab: width (A)");
        PhotophysicsException.requirePositive(epsWell, "dielectric slab: well permittivity");
        PhotophysicsException.requirePositive(epsBarrier, "dielectric slab: barrier permittivity");
        this.widthA = widthA;
        this.epsWell = epsWell;
        this.gamma = (epsWell - epsBarrier) / (epsWell + epsBarrier);
        this.images = Math.abs(gamma) < 1e-12 ? 0 : (int) Math.ceil(Math.log(IMAGE_CUTOFF) / Math.log(Math.abs(gamma)));
        this.zPair = GaussQuadrature.legendre(Z_POINTS_PAIR, -0.5 * widthA, 0.5 * widthA);
        this.densityPair = density(zPair);
        this.screening = screening;
    }

    private double[] density(GaussQuadrature.Rule rule) {
        double[] p = new double[rule.x().length];
        for (int i = 0; i < p.length; i++) {
            double c = Math.cos(Math.PI * rule.x()[i] / widthA);
            p[i] = rule.w()[i] * 2.0 / widthA * c * c;
        }
        return p;
    }

    /**
     * Image self-energy of one carrier averaged over its envelope, eV: (1/2) e^2/(4 pi eps0 eps_w) sum_{m != 0}
     * gamma^|m| / |z - z_m|. Positive (repulsive) when eps_b &lt; eps_w: it widens the gap.
     */
    double selfEnergyEv() {
        GaussQuadrature.Rule rule = GaussQuadrature.legendre(Z_POINTS_SELF, -0.5 * widthA, 0.5 * widthA);
        double[] p = density(rule);
        double sum = 0.0;
        for (int i = 0; i < p.length; i++) {
            double z = rule.x()[i];
            double s = 0.0;
            for (int m = 1; m <= images; m++) {
                double g = Math.pow(gamma, m);
                double sign = (m % 2 == 0) ? 1.0 : -1.0;
                s += g / Math.abs(z - (sign * z + m * widthA)) + g / Math.abs(z - (sign * z - m * widthA));
            }
            sum += p[i] * s;
        }
        return 0.5 * PhysicalConstants.COULOMB_EV_ANGSTROM / epsWell * sum;
    }

    /**
     * Mean electron-hole interaction, eV (negative), for the in-plane trial density (2/(pi lambda^2))
     * exp(-2 rho / lambda): direct term (with the lattice screening) plus all images.
     */
    double pairEnergyEv(double lambdaA) {
        double[] t = radial.x();
        double[] wt = radial.w();
        double[] z = zPair.x();
        double sum = 0.0;
        for (int i = 0; i < z.length; i++) {
            for (int j = 0; j < z.length; j++) {
                double pij = densityPair[i] * densityPair[j];
                double inner = 0.0;
                for (int k = 0; k < t.length; k++) {
                    double rho = 0.5 * lambdaA * t[k];
                    inner += wt[k] * t[k] * imagePotential(rho * rho, z[i], z[j]);
                }
                sum += pij * inner;
            }
        }
        return -PhysicalConstants.COULOMB_EV_ANGSTROM / epsWell * sum;
    }

    private double imagePotential(double rho2, double ze, double zh) {
        double dz = ze - zh;
        double r = Math.sqrt(rho2 + dz * dz);
        double v = screening.factor(r) / r;
        double g = 1.0;
        for (int m = 1; m <= images; m++) {
            g *= gamma;
            double image = (m % 2 == 0) ? zh : -zh;
            double a = ze - (image + m * widthA);
            double b = ze - (image - m * widthA);
            v += g * (1.0 / Math.sqrt(rho2 + a * a) + 1.0 / Math.sqrt(rho2 + b * b));
        }
        return v;
    }
}
