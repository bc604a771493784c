package org.heterostack.engine.stability.internal.sensitivity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.heterostack.engine.stability.internal.common.Parameter;
import org.heterostack.engine.stability.internal.common.ParameterSet;
import org.heterostack.engine.stability.internal.common.StabilityException;
import org.heterostack.engine.stability.internal.common.Uncertainty;

/**
 * One-at-a-time (tornado) sensitivity analysis: each parameter with a stated {@link Uncertainty} is moved to the
 * low and the high end of its uncertainty with all others at their current values, and the change of a positive
 * result (e.g. T80 in hours) is reported in decades. Correlations between parameters (e.g. Arrhenius A and Ea)
 * are ignored, so swings of correlated pairs are upper bounds.
 */
public final class SensitivityAnalysis {

    /** The evaluated result: value and whether it is a lower bound. */
    public record Outcome(double value, boolean censored) {
    }

    private SensitivityAnalysis() {
    }

    /**
     * @param resultName name of the result (for the report)
     * @param resultUnit its unit
     * @param base the current parameters
     * @param model computes the result (must be &gt; 0) for a parameter set
     * @return the report, entries sorted by decreasing swing, then by parameter name
     */
    public static SensitivityReport analyse(String resultName, String resultUnit, ParameterSet base,
            Function<ParameterSet, Outcome> model) {
        Outcome baseOutcome = positive(model.apply(base), resultName, "base parameters");
        List<SensitivityEntry> entries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Parameter p : base.all()) {
            if (p.uncertainty().kind() == Uncertainty.Kind.NONE) {
                continue;
            }
            double low = p.uncertainty().low(p.value());
            double high = p.uncertainty().high(p.value());
            try {
                Outcome atLow = positive(model.apply(base.with(p.name(), low)), resultName, p.name() + " low");
                Outcome atHigh = positive(model.apply(base.with(p.name(), high)), resultName, p.name() + " high");
                double swing = Math.max(Math.abs(Math.log10(atLow.value() / baseOutcome.value())),
                        Math.abs(Math.log10(atHigh.value() / baseOutcome.value())));
                entries.add(new SensitivityEntry(p.name(), p.unit(), p.value(), low, high,
                        p.uncertainty().describe(p.unit()), atLow.value(), atHigh.value(), atLow.censored(),
                        atHigh.censored(), swing));
            } catch (StabilityException e) {
                skipped.add(p.name() + ": " + e.getMessage());
            }
        }
        entries.sort(Comparator.comparingDouble(SensitivityEntry::swingDecades).reversed()
                .thenComparing(SensitivityEntry::parameterName));
        return new SensitivityReport(resultName, resultUnit, baseOutcome.value(), baseOutcome.censored(), entries,
                skipped);
    }

    private static Outcome positive(Outcome outcome, String resultName, String where) {
        if (!(outcome.value() > 0) || !Double.isFinite(outcome.value())) {
            throw new StabilityException("sensitivity: " + resultName + " must be finite and > 0, got "
                    + outcome.value() + " (" + where + ")");
        }
        return outcome;
    }
}
