package org.heterostack.engine.stability.internal.spacerchemistry;

import static org.heterostack.engine.stability.internal.spacerchemistry.SpacerChemistryParameters.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.heterostack.engine.stability.internal.common.Arrhenius;
import org.heterostack.engine.stability.internal.common.ModelInfo;
import org.heterostack.engine.stability.internal.common.Parameter;
import org.heterostack.engine.stability.internal.common.ParameterSet;
import org.heterostack.engine.PhysicalConstants;
import org.heterostack.engine.stability.internal.common.Quantity;
import org.heterostack.engine.stability.internal.common.Series;
import org.heterostack.engine.stability.internal.common.SpacerDescriptor;
import org.heterostack.engine.stability.internal.common.StabilityException;
import org.heterostack.engine.stability.internal.common.TimeGrid;
import org.heterostack.engine.stability.internal.condition.StressCondition;

/**
 * Spacer chemistry: deprotonation of the spacer ammonium and reaction of the free amine with FA+ (amidine /
 * methaniminium formation with NH3 release; Wang et al., Nat. Energy 8, 1229 (2023), review ref. 145 and
 * Fig. 9(e) of Ma, Sun, Dou, Chem. Commun. 60, 7824 (2024)).
 *
 * <p>Model (pseudo-first order in spacer, FA+ in excess):
 * <ol>
 * <li>Acid-base equilibrium R-NH3+ = R-NH2 + H+ at an effective film pH: neutral fraction
 * f(T) = 1 / (1 + 10^(pKa(T) - pH)), with pKa(T) = pKa(Tref) + dH / (R ln 10) (1/T - 1/Tref) (van 't Hoff).</li>
 * <li>Rate constant of the free amine with FA+: k(T) = A exp(-Ea / kB T) (1 + beta I), I in suns.</li>
 * <li>Reacted fraction x(t) = 1 - exp(-r t), r = &lt;k(T) f(T)&gt; (1 + beta I), the time average taken over the
 * temperature dwells of the condition.</li>
 * </ol>
 * Assumptions: the protonation equilibrium is fast compared with the reaction (pre-equilibrium); the film acts
 * as a buffer of fixed effective proton activity; all amines share A and Ea (nucleophilicity differences are
 * neglected, only pKa distinguishes spacers); FA+ is not depleted. Validity: 230-400 K, 0-10 suns; the numbers
 * are a ranking and order-of-magnitude tool, calibrated on a single assumed target (see parameter sources).
 *
 * <p>Result keys: {@code reacted_fraction} (1, at the end of the grid), {@code neutral_fraction} (1),
 * {@code pka_at_max_temperature} (1), {@code rate_constant_per_s} (1/s, A exp(-Ea/kT) averaged),
 * {@code effective_rate_per_s} (1/s, r), {@code light_factor} (1), {@code half_life_hours} (h),
 * {@code risk_pka_decades}, {@code risk_thermal_decades}, {@code risk_light_decades} (decades of rate increase
 * attributed to each factor).
 */
public final class SpacerChemistryModel {

    /** Model identity and citations. */
    public static final ModelInfo INFO = new ModelInfo("stability.spacer-chemistry", "1.0.0", List.of(
            "M. Wang et al., Nat. Energy 8, 1229-1239 (2023) (PEA+/BA+ + FA+ amidine formation, PEAMA pKa 12.0)",
            "S.-H. Lee et al., ACS Energy Lett. 6, 1612 (2021) (pKa of ammonium passivators, CYCL)",
            "K. Ma, J. Sun, L. Dou, Chem. Commun. 60, 7824 (2024), section 7"));

    private static final double LN10 = Math.log(10.0);
    private static final double TEN_SUNS = 10.0;

    /**
     * Runs the model.
     *
     * @param spacer spacer (pKa is used)
     * @param condition ageing condition
     * @param grid output time grid
     * @param parameters parameters (start from {@link SpacerChemistryParameters#defaults()})
     * @return reacted fraction versus time, rates, dominant risk and assumptions
     */
    public SpacerChemistryResult run(SpacerDescriptor spacer, StressCondition condition, TimeGrid grid,
            ParameterSet parameters) {
        double rate = effectiveRatePerSecond(spacer, condition, parameters);
        List<Double> hours = new ArrayList<>();
        List<Double> reacted = new ArrayList<>();
        for (int i = 0; i < grid.points(); i++) {
            double t = grid.hoursAt(i);
            hours.add(t);
            reacted.add(reactedFraction(rate, t * PhysicalConstants.SECONDS_PER_HOUR));
        }
        Series series = new Series("reacted_fraction_vs_time", "time", "h", "reacted fraction", "1", hours, reacted);
        RiskAttribution risk = attribute(spacer, condition, parameters, series.lastY());
        List<Quantity> q = quantities(spacer, condition, parameters, rate, series.lastY(), risk);
        return new SpacerChemistryResult(INFO, parameters, q, series, risk.dominant(), risk.text(),
                assumptions(spacer, condition, parameters));
    }

    /**
     * @return r = &lt;A exp(-Ea/kT) f(T)&gt; (1 + beta I) in 1/s, the first-order rate of spacer consumption
     */
    public double effectiveRatePerSecond(SpacerDescriptor spacer, StressCondition condition,
            ParameterSet parameters) {
        validate(parameters);
        double mean = condition.timeAverage(t -> rateConstant(t, parameters) * neutralFraction(spacer.pKa(), t,
                parameters));
        return mean * lightFactor(condition, parameters);
    }

    /** @return x(t) = 1 - exp(-r t) for a rate in 1/s and a time in s */
    public static double reactedFraction(double ratePerSecond, double seconds) {
        return -Math.expm1(-ratePerSecond * seconds);
    }

    /** @return pKa(T) = pKa(Tref) + dH/(R ln10) (1/T - 1/Tref) (van 't Hoff, dH in kJ/mol) */
    static double pkaAt(double pKaRef, double temperatureK, ParameterSet p) {
        double dH = p.value(IONISATION_ENTHALPY) * 1000.0;
        double tRef = p.value(PKA_REFERENCE_TEMPERATURE);
        return pKaRef + dH / (PhysicalConstants.GAS_CONSTANT_J_PER_MOL_K * LN10) * (1.0 / temperatureK - 1.0 / tRef);
    }

    /** @return f = 1 / (1 + 10^(pKa(T) - pH)), Henderson-Hasselbalch */
    static double neutralFraction(double pKaRef, double temperatureK, ParameterSet p) {
        return 1.0 / (1.0 + Math.pow(10.0, pkaAt(pKaRef, temperatureK, p) - p.value(EFFECTIVE_PH)));
    }

    /** @return k(T) = A exp(-Ea/kT) in 1/s */
    static double rateConstant(double temperatureK, ParameterSet p) {
        return Arrhenius.rate(p.value(PREFACTOR), p.value(ACTIVATION_ENERGY), temperatureK,
                "spacer chemistry (amidine formation)");
    }

    static double lightFactor(StressCondition condition, ParameterSet p) {
        return 1.0 + p.value(LIGHT_ACCELERATION) * condition.irradianceSuns();
    }

    private static void validate(ParameterSet p) {
        requireRange(p, PREFACTOR, Double.MIN_NORMAL, Double.MAX_VALUE);
        requireRange(p, ACTIVATION_ENERGY, 0, 5);
        requireRange(p, LIGHT_ACCELERATION, 0, 1e6 / TEN_SUNS);
        requireRange(p, EFFECTIVE_PH, -5, 20);
        requireRange(p, IONISATION_ENTHALPY, 0, 500);
        requireRange(p, PKA_REFERENCE_TEMPERATURE, 200, 500);
        requireRange(p, NEGLIGIBLE_FRACTION, 0, 1);
    }

    static void requireRange(ParameterSet p, String name, double min, double max) {
        double v = p.value(name);
        if (!(v >= min && v <= max)) {
            throw new StabilityException("parameter " + name + " = " + v + " is outside its valid range ["
                    + min + ", " + max + "]");
        }
    }

    private RiskAttribution attribute(SpacerDescriptor spacer, StressCondition condition, ParameterSet p,
            double finalReacted) {
        double refPka = p.value(REFERENCE_PKA);
        double tRef = p.value(PKA_REFERENCE_TEMPERATURE);
        double spacerRate = condition.timeAverage(t -> rateConstant(t, p) * neutralFraction(spacer.pKa(), t, p));
        double refRate = condition.timeAverage(t -> rateConstant(t, p) * neutralFraction(refPka, t, p));
        double roomRate = rateConstant(tRef, p) * neutralFraction(refPka, tRef, p);
        return RiskAttribution.of(Math.log10(spacerRate / refRate), Math.log10(refRate / roomRate),
                Math.log10(lightFactor(condition, p)), finalReacted < p.value(NEGLIGIBLE_FRACTION));
    }

    private List<Quantity> quantities(SpacerDescriptor spacer, StressCondition c, ParameterSet p, double rate,
            double finalReacted, RiskAttribution risk) {
        double neutral = c.timeAverage(t -> neutralFraction(spacer.pKa(), t, p));
        double k = c.timeAverage(t -> rateConstant(t, p));
        double halfLifeHours = Math.log(2.0) / rate / PhysicalConstants.SECONDS_PER_HOUR;
        return List.of(
                new Quantity("reacted_fraction", finalReacted, "1", "fraction of spacer reacted with FA+ at the end"),
                new Quantity("neutral_fraction", neutral, "1", "time-averaged fraction present as neutral amine"),
                new Quantity("pka_at_max_temperature", pkaAt(spacer.pKa(), c.maxTemperatureK(), p), "1",
                        "spacer pKa at the hottest dwell (van 't Hoff)"),
                new Quantity("rate_constant_per_s", k, "1/s", "A exp(-Ea/kT), time-averaged, dark"),
                new Quantity("effective_rate_per_s", rate, "1/s", "first-order spacer consumption rate r"),
                new Quantity("light_factor", lightFactor(c, p), "1", "1 + beta I"),
                new Quantity("half_life_hours", halfLifeHours, "h", "time to 50 % reacted, ln2 / r"),
                new Quantity("risk_pka_decades", risk.pkaDecades(), "decade", "rate increase from pKa vs reference"),
                new Quantity("risk_thermal_decades", risk.thermalDecades(), "decade",
                        "rate increase from temperature vs 25 °C"),
                new Quantity("risk_light_decades", risk.lightDecades(), "decade", "rate increase from light"));
    }

    private List<String> assumptions(SpacerDescriptor spacer, StressCondition condition, ParameterSet p) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "spacer %s, pKa %.2f (25 °C)", spacer.name(), spacer.pKa()));
        lines.add("condition " + condition.describe());
        lines.add("fast protonation pre-equilibrium in a film buffered at the effective pH; FA+ in excess");
        lines.add("all amines share A and Ea: spacers differ only by pKa in this model");
        for (Parameter parameter : p.all()) {
            lines.add(parameter.describe());
        }
        return lines;
    }
}
