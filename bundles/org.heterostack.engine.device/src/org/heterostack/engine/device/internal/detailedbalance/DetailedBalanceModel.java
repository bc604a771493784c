package org.heterostack.engine.device.internal.detailedbalance;

import static org.heterostack.engine.PhysicalConstants.A_PER_M2_PER_MA_PER_CM2;
import static org.heterostack.engine.PhysicalConstants.ELEMENTARY_CHARGE_C;
import static org.heterostack.engine.PhysicalConstants.HC_EV_NM;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.heterostack.engine.device.internal.common.JvCurve;
import org.heterostack.engine.device.internal.common.LambertW;
import org.heterostack.engine.PhysicalConstants;
import org.heterostack.engine.device.internal.common.SolarCellFigures;

/**
 * Detailed-balance (Shockley-Queisser) limit of a single-junction solar cell under the ASTM G173-03 global
 * spectrum (Shockley &amp; Queisser, J. Appl. Phys. 32 (1961) 510; numbers as in Rühle, Sol. Energy 130
 * (2016) 139: 33.7 % at 1.34 eV, 300 K).
 *
 * <p>Model: J(V) = Jsc - J0 (exp(qV/kT) - 1) with Jsc = q int a(E) Phi_AM1.5G(E) dE and
 * J0 = q int a(E) phi_bb(E) dE / ERE (one-sided flat-plate emission, Boltzmann-approximated bias factor, no
 * Auger or free-carrier losses, one photon one electron-hole pair). Non-radiative losses enter through the
 * external radiative efficiency: Voc = Voc,rad + (kT/q) ln ERE. The maximum power point is exact via the
 * Lambert W function: V_mp = (kT/q) (W(e (Jsc + J0)/J0) - 1). PCE is relative to the integrated spectrum
 * (1000.4 W/m2). Valid for 0.3 eV &lt;= Eg &lt;= 4.4 eV (spectral range 280-4000 nm).
 */
public final class DetailedBalanceModel {

    /** Curves kept for reuse: a study varies few temperatures and EREs, and one curve costs about 10 ms. */
    private static final int KEPT_CURVES = 32;

    private final AstmG173Spectrum spectrum;
    private final Map<CurveKey, PceCurve> curves = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CurveKey, PceCurve> eldest) {
            return size() > KEPT_CURVES;
        }
    });

    private record CurveKey(double minGapEv, double maxGapEv, int points, double temperatureK, double ere) {
    }

    /** Model on the bundled ASTM G173-03 global-tilt spectrum. */
    public DetailedBalanceModel() {
        this(AstmG173Spectrum.global());
    }

    /** @param spectrum the incident spectrum */
    public DetailedBalanceModel(AstmG173Spectrum spectrum) {
        this.spectrum = spectrum;
    }

    /** @return the incident spectrum */
    public AstmG173Spectrum spectrum() {
        return spectrum;
    }

    /**
     * Figures of merit at one band gap and temperature.
     *
     * @param input band gap, temperature, ERE and absorptance
     * @return Jsc, Voc, FF, PCE, maximum power point, J0 and Voc,rad
     */
    public DetailedBalanceResult solve(DetailedBalanceInput input) {
        double jsc = jscAPerM2(input);
        double lnJ0Rad = lnRadiativeJ0(input);
        double lnJ0 = lnJ0Rad - Math.log(input.externalRadiativeEfficiency());
        double vt = PhysicalConstants.thermalVoltageV(input.temperatureK());
        double vocRad = vt * log1pExp(Math.log(jsc) - lnJ0Rad);
        SolarCellFigures figures = figures(jsc, lnJ0, vt);
        return new DetailedBalanceResult(figures, jsc, lnJ0, vocRad, spectrum.integratedIrradianceWPerM2());
    }

    /**
     * The J-V curve J(V) = Jsc - J0 (exp(V/VT) - 1) from 0 to 1.02 Voc.
     *
     * @param input the cell
     * @param points number of voltages (&gt;= 2)
     * @return voltages in V and current densities in mA/cm2
     */
    public JvCurve jvCurve(DetailedBalanceInput input, int points) {
        if (points < 2) {
            throw new DetailedBalanceException("J-V curve needs >= 2 points, got " + points);
        }
        DetailedBalanceResult r = solve(input);
        double vt = PhysicalConstants.thermalVoltageV(input.temperatureK());
        double vEnd = 1.02 * r.figures().vocV();
        double[] v = new double[points];
        double[] j = new double[points];
        for (int i = 0; i < points; i++) {
            v[i] = vEnd * i / (points - 1);
            double diode = Math.exp(r.lnDarkSaturationCurrentAPerM2()) * Math.expm1(v[i] / vt);
            j[i] = (r.jscAPerM2() - diode) / A_PER_M2_PER_MA_PER_CM2;
        }
        return new JvCurve(v, j);
    }

    /**
     * Efficiency versus band gap for the step absorber (O(log n) per gap from the precomputed cumulative
     * photon flux and the closed-form J0 series). The last {@value #KEPT_CURVES} curves are kept, so a sweep over
     * many cells at one temperature and ERE computes the curve once.
     *
     * @param minGapEv first band gap in eV
     * @param maxGapEv last band gap in eV
     * @param points number of equally spaced gaps (&gt;= 2)
     * @param temperatureK cell temperature in K
     * @param externalRadiativeEfficiency ERE in (0, 1]
     * @return the curve
     */
    public PceCurve pceVersusBandGap(double minGapEv, double maxGapEv, int points, double temperatureK,
            double externalRadiativeEfficiency) {
        if (points < 2 || !(maxGapEv > minGapEv)) {
            throw new DetailedBalanceException("PCE-vs-gap needs >= 2 points and max > min gap, got " + points
                    + " points " + minGapEv + " .. " + maxGapEv + " eV");
        }
        PceCurve curve = curves.computeIfAbsent(
                new CurveKey(minGapEv, maxGapEv, points, temperatureK, externalRadiativeEfficiency),
                key -> computePceVersusBandGap(minGapEv, maxGapEv, points, temperatureK, externalRadiativeEfficiency));
        return new PceCurve(curve.bandGapEv().clone(), curve.pcePercent().clone());
    }

    private PceCurve computePceVersusBandGap(double minGapEv, double maxGapEv, int points, double temperatureK,
            double externalRadiativeEfficiency) {
        double[] gaps = new double[points];
        double[] pce = new double[points];
        double vt = PhysicalConstants.thermalVoltageV(temperatureK);
        double lnEre = Math.log(externalRadiativeEfficiency);
        double pin = spectrum.integratedIrradianceWPerM2();
        for (int i = 0; i < points; i++) {
            gaps[i] = minGapEv + (maxGapEv - minGapEv) * i / (points - 1);
            DetailedBalanceInput in = new DetailedBalanceInput(gaps[i], temperatureK, externalRadiativeEfficiency,
                    new Absorptance.Step());
            double jsc = jscAPerM2(in);
            double lnJ0 = BlackBodyEmission.lnStepJ0APerM2(gaps[i], temperatureK) - lnEre;
            pce[i] = 100 * maxPowerWPerM2(jsc, lnJ0, vt)[0] / pin;
        }
        return new PceCurve(gaps, pce);
    }

    private SolarCellFigures figures(double jsc, double lnJ0, double vt) {
        double voc = vt * log1pExp(Math.log(jsc) - lnJ0);
        double[] mpp = maxPowerWPerM2(jsc, lnJ0, vt);
        double toMa = 1 / A_PER_M2_PER_MA_PER_CM2;
        double irradianceMwPerCm2 = spectrum.integratedIrradianceWPerM2() / 10;
        return SolarCellFigures.of(jsc * toMa, voc, mpp[1], mpp[0] / mpp[1] * toMa, irradianceMwPerCm2);
    }

    /**
     * Maximum power from (1 + v) e^(1 + v) = e (Jsc + J0)/J0, v = V/VT; Jmp = (Jsc + J0) v/(1 + v).
     *
     * @return {Pmax in W/m2, Vmp in V}
     */
    private static double[] maxPowerWPerM2(double jsc, double lnJ0, double vt) {
        double lnArg = 1 + log1pExp(Math.log(jsc) - lnJ0);
        double v;
        try {
            v = LambertW.w0FromLog(lnArg) - 1;
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw new DetailedBalanceException("maximum power point failed (Jsc " + jsc + " A/m2, ln J0 " + lnJ0
                    + "): " + e.getMessage());
        }
        double j0 = Math.exp(lnJ0);
        double jmp = (jsc + j0) * v / (1 + v);
        return new double[] {jmp * v * vt, v * vt};
    }

    private double jscAPerM2(DetailedBalanceInput input) {
        double flux = input.absorptance() instanceof Absorptance.Step
                ? spectrum.photonFluxAbovePerM2S(input.bandGapEv())
                : absorbedPhotonFlux(input.absorptance(), input.bandGapEv());
        if (!(flux > 0)) {
            throw new DetailedBalanceException("no absorbed photons for band gap " + input.bandGapEv() + " eV");
        }
        return ELEMENTARY_CHARGE_C * flux;
    }

    private double lnRadiativeJ0(DetailedBalanceInput input) {
        return input.absorptance() instanceof Absorptance.Step
                ? BlackBodyEmission.lnStepJ0APerM2(input.bandGapEv(), input.temperatureK())
                : BlackBodyEmission.lnJ0APerM2(input.absorptance(), input.bandGapEv(), input.temperatureK());
    }

    /** Trapezoid of a(lambda) Phi(lambda), the interval containing the gap split at the gap wavelength. */
    private double absorbedPhotonFlux(Absorptance a, double gapEv) {
        double lambdaGap = HC_EV_NM / gapEv;
        double sum = 0;
        for (int i = 0; i + 1 < spectrum.size(); i++) {
            double l0 = spectrum.wavelengthNm(i);
            double l1 = spectrum.wavelengthNm(i + 1);
            double f0 = a.at(HC_EV_NM / l0, gapEv) * spectrum.photonFluxPerM2SNm(i);
            double f1 = a.at(HC_EV_NM / l1, gapEv) * spectrum.photonFluxPerM2SNm(i + 1);
            if (lambdaGap > l0 && lambdaGap < l1) {
                double t = (lambdaGap - l0) / (l1 - l0);
                double phiGap = spectrum.photonFluxPerM2SNm(i)
                        + t * (spectrum.photonFluxPerM2SNm(i + 1) - spectrum.photonFluxPerM2SNm(i));
                double above = a.at(gapEv, gapEv) * phiGap;
                double below = a.at(Math.nextDown(gapEv), gapEv) * phiGap;
                sum += 0.5 * (lambdaGap - l0) * (f0 + above) + 0.5 * (l1 - lambdaGap) * (below + f1);
            } else {
                sum += 0.5 * (l1 - l0) * (f0 + f1);
            }
        }
        return sum;
    }

    /** ln(1 + e^z) without overflow. */
    private static double log1pExp(double z) {
        return z > 35 ? z + Math.exp(-z) : Math.log1p(Math.exp(z));
    }
}
