package org.heterostack.engine.stability.internal.ageing;

import java.util.ArrayList;
import java.util.List;

import org.heterostack.engine.stability.internal.common.ModelInfo;
import org.heterostack.engine.stability.internal.common.Parameter;
import org.heterostack.engine.stability.internal.common.ParameterSet;
import org.heterostack.engine.PhysicalConstants;
import org.heterostack.engine.stability.internal.common.Quantity;
import org.heterostack.engine.stability.internal.common.Series;
import org.heterostack.engine.stability.internal.sensitivity.SensitivityAnalysis;
import org.heterostack.engine.stability.internal.sensitivity.SensitivityEntry;
import org.heterostack.engine.stability.internal.sensitivity.SensitivityReport;

/**
 * Accelerated-ageing projection: T80/T95 of a 2D/3D device under a stress condition (e.g. an ISOS preset,
 * Khenkin et al., Nat. Energy 5, 35 (2020)) and under a use condition, from {@link DegradationKinetics}
 * (spacer chemistry + reconstruction + moisture + baseline), plus the classical extrapolation
 * T80_use = T80_stress x AF with the Arrhenius AF = exp(Ea/k (1/Tuse - 1/Tstress)); the Peck humidity and
 * the light factors are reported beside it ({@link AccelerationFactors}) but not multiplied in, because a
 * dry stress test (ISOS-D-2) says nothing about a moisture channel at a humid use condition. The two
 * use-condition estimates differ when the channels have different activation energies: the kinetic value is
 * the model's projection, the extrapolated one shows what a single-Ea extrapolation of the stress test claims.
 *
 * <p>Assumptions: independent channels (multiplicative), each with its own Arrhenius law; loss coefficients
 * and prefactors are assumed and calibrated to stated targets (see {@link AgeingParameters}); no burn-in
 * recovery, no reversible light-soaking effects, no mechanical fatigue in thermal cycles. Validity: 230-400 K,
 * 0-100 %RH, 0-10 suns; use it to rank spacers and to see which channel and which parameter dominate, not as
 * a certified lifetime. Includes a one-at-a-time sensitivity of the stress T80.
 *
 * <p>Result keys (units): {@code t80_hours}, {@code t95_hours} (h, stress), {@code t80_censored},
 * {@code t95_censored} (1 if beyond the horizon, else 0), {@code t80_use_hours}, {@code t95_use_hours},
 * {@code t80_use_censored}, {@code t95_use_censored} (h / flag, use, kinetic), {@code t80_use_extrapolated_hours} (h),
 * {@code acceleration_factor} (1, thermal Arrhenius), {@code acceleration_factor_humidity},
 * {@code acceleration_factor_light}, {@code acceleration_factor_total} (1), {@code reacted_fraction_at_t80},
 * {@code capping_layer_loss_at_t80} (1), {@code moisture_rate_per_hour}, {@code baseline_rate_per_hour},
 * {@code chemistry_rate_per_hour} (1/h), {@code moisture_resistance_factor} (1, 1/P: &gt; 1 more resistant than
 * the reference logP), {@code diffusivity_m2_per_s} (m^2/s), {@code t80_sensitivity_low_hours},
 * {@code t80_sensitivity_high_hours}, {@code t80_sensitivity_swing_decades} (most influential parameter).
 */
public final class AgeingProjectionModel {

    /** Model identity and citations. */
    public static final ModelInfo INFO = new ModelInfo("stability.ageing-projection", "1.0.0", List.of(
            "M. V. Khenkin et al., Nat. Energy 5, 35-49 (2020) (ISOS protocols)",
            "D. S. Peck, Proc. IEEE IRPS 1986, 44 (humidity acceleration)",
            "C. A. R. Perini et al., Adv. Mater. 2022, 2204726; M. Wang et al., Nat. Energy 8, 1229 (2023)",
            "K. Ma, J. Sun, L. Dou, Chem. Commun. 60, 7824 (2024), section 7"));

    private static final double T80 = 0.80;
    private static final double T95 = 0.95;

    /**
     * @param request spacer, capping layer, stress and use conditions
     * @param parameters all parameters (start from {@link AgeingParameters#allDefaults()})
     * @return lifetimes, acceleration factors, performance series, sensitivity and assumptions
     */
    public AgeingResult project(AgeingRequest request, ParameterSet parameters) {
        DegradationKinetics stress = kinetics(request, parameters, true);
        DegradationKinetics use = kinetics(request, parameters, false);
        double horizon = request.horizonHours();
        AccelerationFactors af = AccelerationFactors.between(request.stress(), request.use(), parameters);
        LifetimeEstimate t80 = LifetimeSolver.timeTo(stress::relativePerformance, T80, horizon);
        Lifetimes life = new Lifetimes(t80, LifetimeSolver.timeTo(stress::relativePerformance, T95, horizon),
                LifetimeSolver.timeTo(use::relativePerformance, T80, horizon),
                LifetimeSolver.timeTo(use::relativePerformance, T95, horizon),
                new LifetimeEstimate(t80.hours() * af.thermal(), t80.censored()));
        SensitivityReport sensitivity = SensitivityAnalysis.analyse("T80", "h", parameters,
                p -> outcome(t80(request, p)));
        List<Quantity> q = new ArrayList<>(lifetimeQuantities(life, af));
        q.addAll(rateQuantities(stress, t80.hours() * PhysicalConstants.SECONDS_PER_HOUR));
        q.addAll(sensitivityQuantities(sensitivity.mostInfluential()));
        DegradationMode dominant = stress.dominantMode(t80.hours() * PhysicalConstants.SECONDS_PER_HOUR);
        return new AgeingResult(INFO, parameters, q, t80, life.t95(), life.t80Use(), life.extrapolated(), af,
                dominant, performanceSeries(stress, t80, request), sensitivity,
                assumptions(request, parameters, life, af, dominant, sensitivity));
    }

    /** The lifetimes of one projection. */
    private record Lifetimes(LifetimeEstimate t80, LifetimeEstimate t95, LifetimeEstimate t80Use,
            LifetimeEstimate t95Use, LifetimeEstimate extrapolated) {
    }

    private static List<Quantity> lifetimeQuantities(Lifetimes l, AccelerationFactors af) {
        return List.of(
                new Quantity("t80_hours", l.t80().hours(), "h", "time to 80 % of initial efficiency under stress"),
                new Quantity("t95_hours", l.t95().hours(), "h", "time to 95 % of initial efficiency under stress"),
                flag("t80_censored", l.t80()), flag("t95_censored", l.t95()),
                new Quantity("t80_use_hours", l.t80Use().hours(), "h", "T80 at the use condition (kinetic model)"),
                new Quantity("t95_use_hours", l.t95Use().hours(), "h", "T95 at the use condition (kinetic model)"),
                flag("t80_use_censored", l.t80Use()), flag("t95_use_censored", l.t95Use()),
                new Quantity("t80_use_extrapolated_hours", l.extrapolated().hours(), "h",
                        "T80 stress x Arrhenius AF (single-Ea extrapolation)"),
                new Quantity("acceleration_factor", af.thermal(), "1", "Arrhenius exp(Ea/k (1/Tuse - 1/Tstress))"),
                new Quantity("acceleration_factor_humidity", af.humidity(), "1", "Peck (RHstress/RHuse)^n"),
                new Quantity("acceleration_factor_light", af.light(), "1", "(1 + gamma Istress)/(1 + gamma Iuse)"),
                new Quantity("acceleration_factor_total", af.total(), "1",
                        "product of the three; valid only if every channel scales alike"));
    }

    private static List<Quantity> rateQuantities(DegradationKinetics stress, double t80Seconds) {
        return List.of(
                new Quantity("reacted_fraction_at_t80", stress.reactedFraction(t80Seconds), "1",
                        "spacer reacted with FA+ at T80 (stress)"),
                new Quantity("capping_layer_loss_at_t80", 1.0 - stress.retainedFraction(t80Seconds), "1",
                        "spacer lost from the capping layer at T80 (stress)"),
                perHour("chemistry_rate_per_hour", stress.chemistryRatePerS(), "spacer consumption rate (stress)"),
                perHour("moisture_rate_per_hour", stress.moistureRatePerS(), "moisture degradation rate (stress)"),
                perHour("baseline_rate_per_hour", stress.baselineRatePerS(), "baseline degradation rate (stress)"),
                new Quantity("moisture_resistance_factor", 1.0 / stress.hydrophobicProtection(), "1",
                        "1/P: water-ingress reduction from logP and fluorination vs the reference logP"),
                new Quantity("diffusivity_m2_per_s", stress.diffusivityM2PerS(), "m^2/s", "spacer D (stress)"));
    }

    private static List<Quantity> sensitivityQuantities(SensitivityEntry top) {
        return List.of(
                new Quantity("t80_sensitivity_low_hours", top.resultAtLow(), "h", "T80 with " + top.parameterName()
                        + " at the low end of " + top.uncertaintyText()),
                new Quantity("t80_sensitivity_high_hours", top.resultAtHigh(), "h", "T80 with "
                        + top.parameterName() + " at the high end of " + top.uncertaintyText()),
                new Quantity("t80_sensitivity_swing_decades", top.swingDecades(), "decade",
                        "largest |log10 T80 change| over one uncertainty, from " + top.parameterName()));
    }

    /** @return T80 under the stress condition only (used by the sensitivity analysis) */
    public static LifetimeEstimate t80(AgeingRequest request, ParameterSet parameters) {
        DegradationKinetics k = kinetics(request, parameters, true);
        return LifetimeSolver.timeTo(k::relativePerformance, T80, request.horizonHours());
    }

    private static DegradationKinetics kinetics(AgeingRequest r, ParameterSet p, boolean stress) {
        return new DegradationKinetics(r.spacer(), r.cappingLayer(), stress ? r.stress() : r.use(), p);
    }

    private static SensitivityAnalysis.Outcome outcome(LifetimeEstimate e) {
        return new SensitivityAnalysis.Outcome(e.hours(), e.censored());
    }

    private static Quantity flag(String key, LifetimeEstimate e) {
        return new Quantity(key, e.censored() ? 1 : 0, "1", "1 if the lifetime exceeds the horizon (lower bound)");
    }

    private static Quantity perHour(String key, double perSecond, String description) {
        return new Quantity(key, perSecond * PhysicalConstants.SECONDS_PER_HOUR, "1/h", description);
    }

    private static Series performanceSeries(DegradationKinetics k, LifetimeEstimate t80, AgeingRequest r) {
        double end = t80.censored() ? r.horizonHours() : Math.min(2.0 * t80.hours(), r.horizonHours());
        List<Double> hours = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < r.seriesPoints(); i++) {
            double h = end * i / (r.seriesPoints() - 1);
            hours.add(h);
            values.add(k.relativePerformance(h * PhysicalConstants.SECONDS_PER_HOUR));
        }
        return new Series("relative_efficiency_vs_time", "time", "h", "PCE / PCE(0)", "1", hours, values);
    }

    private static List<String> assumptions(AgeingRequest r, ParameterSet p, Lifetimes l, AccelerationFactors af,
            DegradationMode dominant, SensitivityReport s) {
        List<String> lines = new ArrayList<>();
        lines.add("spacer " + r.spacer());
        lines.add("stress " + r.stress().describe() + "; use " + r.use().describe());
        lines.add("P(t) = (1 - c_chem x) (1 - c_rec (1 - phi)) exp(-k_w t) exp(-k_b t); channels independent");
        lines.add("T80 stress " + l.t80().describe() + ", dominant channel: " + dominant.text());
        lines.add("T80 use (kinetic) " + l.t80Use().describe() + "; T80 use (stress x Arrhenius AF "
                + String.format(java.util.Locale.ROOT, "%.4g", af.thermal()) + ") " + l.extrapolated().describe()
                + "; the two differ when the channels have different activation energies or humidity/light laws");
        SensitivityEntry top = s.mostInfluential();
        lines.add("T80 is most sensitive to " + top.describe("T80", "h"));
        for (Parameter parameter : p.all()) {
            lines.add(parameter.describe());
        }
        return lines;
    }
}
