package org.heterostack.engine.stability.internal.ageing;

/**
 * A projected lifetime (e.g. T80: time to 80 % of the initial efficiency).
 *
 * @param hours the lifetime in hours; when {@code censored}, the horizon (the lifetime is longer)
 * @param censored true if the threshold was not reached within the horizon
 */
public record LifetimeEstimate(double hours, boolean censored) {

    /** @return "1234 h" or "&gt; 1000000 h" */
    public String describe() {
        return (censored ? "> " : "") + String.format(java.util.Locale.ROOT, "%.4g h", hours);
    }
}
