package org.example.slme.internal;

import static org.heterostack.engine.PhysicalConstants.A_PER_M2_PER_MA_PER_CM2;
import static org.heterostack.engine.PhysicalConstants.BOLTZMANN_EV_PER_K;
import static org.heterostack.engine.PhysicalConstants.BOLTZMANN_J_PER_K;
import static org.heterostack.engine.PhysicalConstants.ELEMENTARY_CHARGE_C;
import static org.heterostack.engine.PhysicalConstants.PLANCK_J_S;
import static org.heterostack.engine.PhysicalConstants.SPEED_OF_LIGHT_M_PER_S;

import java.util.stream.DoubleStream;

/**
 * Spectroscopic limited maximum efficiency (L. Yu and A. Zunger, Phys. Rev. Lett. 108, 068701 (2012)).
 *
 * <p>J(V) = Jsc - J0 (exp(qV/kT) - 1) with Jsc = q int a(E) Phi_sun(E) dE under AM1.5G and
 * J0 = (q pi / f_r) int a(E) Phi_bb(E, T) dE, where Phi_bb = 2 E^2 / (h^3 c^2 (exp(E/kT) - 1)) is the black-body
 * photon radiance (the detailed balance of W. Shockley and H. J. Queisser, J. Appl. Phys. 32, 510 (1961)) and
 * f_r = exp(-(E_g^da - E_g)/kT) the fraction of recombination that is radiative when the lowest dipole-allowed
 * transition E_g^da lies above the fundamental gap E_g. The efficiency is the maximum of J V over the incident
 * power.
 */
public final class SlmeCalculator {

    /** Steps of the black-body integral per kT at most (the trapezoidal rule's error is below 1e-4 of J0). */
    private static final int STEPS_PER_KT = 20;
    /** The black-body integral ends this many kT above the onset (the rest is below exp(-60)). */
    private static final int SPAN_KT = 60;

    private final SolarSpectrum sun;

    /** @param sun the incident spectrum */
    public SlmeCalculator(SolarSpectrum sun) {
        this.sun = sun;
    }

    /**
     * @param absorptance       a(E) of the film
     * @param gapOffsetEv       E_g^da - E_g in eV, &gt;= 0 (0: the fundamental gap is dipole-allowed)
     * @param temperatureK      cell temperature in K
     * @return the figures of merit
     * @throws IllegalArgumentException for a negative gap offset, a temperature that is not positive, or a film
     *                                  that absorbs no sunlight
     */
    public SlmeResult solve(Absorptance absorptance, double gapOffsetEv, double temperatureK) {
        if (!(gapOffsetEv >= 0) || !Double.isFinite(gapOffsetEv)) {
            throw new IllegalArgumentException("gap offset E_g^da - E_g = " + gapOffsetEv + " eV must be >= 0");
        }
        if (!(temperatureK > 0) || !Double.isFinite(temperatureK)) {
            throw new IllegalArgumentException("temperature " + temperatureK + " K is not a positive number");
        }
        double ktEv = BOLTZMANN_EV_PER_K * temperatureK;
        double jsc = ELEMENTARY_CHARGE_C * sun.absorbedPhotonFluxPerM2S(absorptance::at, absorptance.onsetEv());
        if (!(jsc > 0)) {
            throw new IllegalArgumentException("the film absorbs no sunlight: its onset " + absorptance.onsetEv()
                    + " eV lies above the spectrum (280-4000 nm)");
        }
        double lnFr = -gapOffsetEv / ktEv;
        double lnJ0 = lnRadiativeJ0(absorptance, temperatureK) - lnFr;
        double vt = ktEv;
        double lnRatio = log1pExp(Math.log(jsc) - lnJ0);
        double voc = vt * lnRatio;
        double v = maxPowerVoltageOverVt(lnRatio);
        double jmp = (jsc + Math.exp(lnJ0)) * v / (1 + v);
        double pmax = jmp * v * vt;
        double fillFactor = 100 * pmax / (jsc * voc);
        return new SlmeResult(100 * pmax / sun.irradianceWPerM2(), jsc / A_PER_M2_PER_MA_PER_CM2, voc, fillFactor, pmax,
                Math.exp(lnFr), lnJ0);
    }

    /** @return the incident spectrum */
    public SolarSpectrum sun() {
        return sun;
    }

    /**
     * ln of q pi int a(E) Phi_bb dE = q 2 pi (kT)^3/(h^3 c^2) int a x^2/(e^x - 1) dx (x = E/kT), computed scaled by
     * exp(x_onset) so that wide gaps at low temperature do not underflow. The trapezoidal rule runs piece by piece
     * between the energies where a(E) bends or jumps, with steps of at most kT/20.
     */
    static double lnRadiativeJ0(Absorptance absorptance, double temperatureK) {
        double ktJ = BOLTZMANN_J_PER_K * temperatureK;
        double ktEv = ktJ / ELEMENTARY_CHARGE_C;
        double x0 = absorptance.onsetEv() / ktEv;
        double xEnd = x0 + SPAN_KT;
        double[] pieces = DoubleStream.concat(DoubleStream.of(x0, xEnd),
                DoubleStream.of(absorptance.breakpointsEv()).map(e -> e / ktEv).filter(x -> x > x0 && x < xEnd))
                .sorted().distinct().toArray();
        double sum = 0;
        for (int p = 1; p < pieces.length; p++) {
            double from = pieces[p - 1];
            double to = pieces[p];
            int n = Math.max(1, (int) Math.ceil((to - from) * STEPS_PER_KT));
            double h = (to - from) / n;
            // one-sided values at the ends of the piece, so that a jump at a breakpoint is not smeared
            double piece = 0.5 * (scaledPlanck(absorptance, Math.nextUp(from * ktEv), x0, from)
                    + scaledPlanck(absorptance, Math.nextDown(to * ktEv), x0, to));
            for (int i = 1; i < n; i++) {
                double x = from + i * h;
                piece += scaledPlanck(absorptance, x * ktEv, x0, x);
            }
            sum += piece * h;
        }
        double lnPrefactor = Math.log(ELEMENTARY_CHARGE_C * 2 * Math.PI) + 3 * Math.log(ktJ) - 3 * Math.log(PLANCK_J_S)
                - 2 * Math.log(SPEED_OF_LIGHT_M_PER_S);
        return lnPrefactor - x0 + Math.log(sum);
    }

    /** a(E) x^2 exp(x0 - x) / (1 - exp(-x)) with x = E/kT. */
    private static double scaledPlanck(Absorptance absorptance, double energyEv, double x0, double x) {
        return absorptance.at(energyEv) * x * x * Math.exp(x0 - x) / -Math.expm1(-x);
    }

    /**
     * v = V_mp / V_t from dP/dV = 0: v + ln(1 + v) = ln(1 + Jsc/J0), by Newton's method from v = ln(1 + Jsc/J0)
     * (the left side is increasing and concave: after the first step the iterates rise monotonically to the root).
     */
    static double maxPowerVoltageOverVt(double lnRatio) {
        double v = lnRatio;
        for (int i = 0; i < 100; i++) {
            double f = v + Math.log1p(v) - lnRatio;
            double step = f / (1 + 1 / (1 + v));
            v -= step;
            if (Math.abs(step) < 1e-13 * Math.max(1, v)) {
                return v;
            }
        }
        throw new IllegalStateException("maximum power point did not converge for ln(1 + Jsc/J0) = " + lnRatio);
    }

    /** ln(1 + e^z) without overflow. */
    private static double log1pExp(double z) {
        return z > 35 ? z + Math.exp(-z) : Math.log1p(Math.exp(z));
    }
}
