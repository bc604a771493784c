package org.heterostack.engine.stability.internal.sensitivity;

import java.util.List;

/**
 * One-at-a-time sensitivity of a result to every parameter with a stated uncertainty, sorted by swing.
 *
 * @param resultName name of the result, e.g. "T80"
 * @param resultUnit its unit
 * @param baseResult the result with the current parameters
 * @param baseCensored true if the base result is a lower bound
 * @param entries one entry per evaluated parameter, largest swing first
 * @param skipped parameters whose low or high end was invalid for the model, with the model's message
 */
public record SensitivityReport(String resultName, String resultUnit, double baseResult, boolean baseCensored,
        List<SensitivityEntry> entries, List<String> skipped) {

    /** Copies the lists. */
    public SensitivityReport {
        entries = List.copyOf(entries);
        skipped = List.copyOf(skipped);
    }

    /** @return the parameter whose stated uncertainty moves the result most */
    public SensitivityEntry mostInfluential() {
        if (entries.isEmpty()) {
            throw new org.heterostack.engine.stability.internal.common.StabilityException("sensitivity report for " + resultName + " has no evaluated parameter");
        }
        return entries.get(0);
    }
}
