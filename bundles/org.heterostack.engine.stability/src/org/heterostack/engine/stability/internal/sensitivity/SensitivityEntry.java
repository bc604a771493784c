package org.heterostack.engine.stability.internal.sensitivity;

/**
 * How a result (e.g. T80) responds when one parameter moves to the ends of its stated uncertainty.
 *
 * @param parameterName the parameter moved
 * @param unit its unit
 * @param baseValue its current value
 * @param lowValue value at the low end of its uncertainty
 * @param highValue value at the high end of its uncertainty
 * @param uncertaintyText the uncertainty in words, e.g. "+-0.1 eV"
 * @param resultAtLow result with the parameter at {@code lowValue}
 * @param resultAtHigh result with the parameter at {@code highValue}
 * @param censoredAtLow true if the result at the low end is only a lower bound (lifetime beyond the horizon)
 * @param censoredAtHigh true if the result at the high end is only a lower bound
 * @param swingDecades max |log10(result at an end / base result)|
 */
public record SensitivityEntry(String parameterName, String unit, double baseValue, double lowValue,
        double highValue, String uncertaintyText, double resultAtLow, double resultAtHigh, boolean censoredAtLow,
        boolean censoredAtHigh, double swingDecades) {

    /** @return one line, e.g. "p (+-0.1 eV): 0.7 eV -> T80 10.9 h; 0.9 eV -> T80 460 h (swing 1.05 decades)" */
    public String describe(String resultName, String resultUnit) {
        return String.format(java.util.Locale.ROOT, "%s (%s): %.4g %s -> %s %s%.4g %s; %.4g %s -> %s %s%.4g %s "
                + "(swing %.2f decades)", parameterName, uncertaintyText, lowValue, unit, resultName,
                censoredAtLow ? "> " : "", resultAtLow, resultUnit, highValue, unit, resultName,
                censoredAtHigh ? "> " : "", resultAtHigh, resultUnit, swingDecades);
    }
}
