package org.heterostack.engine.stability.internal.spacerchemistry;

/**
 * Decomposition of log10 of the reaction rate into a pKa, a thermal and a light contribution relative to a
 * reference spacer (pKa = reference pKa) at 25 °C in the dark. The dominant risk is the largest contribution,
 * unless the reacted fraction stays negligible.
 *
 * @param pkaDecades log10(rate of spacer / rate of reference-pKa spacer) at the condition's temperatures
 * @param thermalDecades log10(rate of reference spacer at the condition / at 25 °C), dark
 * @param lightDecades log10(1 + beta I)
 * @param dominant the dominant risk
 */
record RiskAttribution(double pkaDecades, double thermalDecades, double lightDecades, ReactivityRisk dominant) {

    static RiskAttribution of(double pkaDecades, double thermalDecades, double lightDecades, boolean negligible) {
        ReactivityRisk dominant;
        if (negligible) {
            dominant = ReactivityRisk.NEGLIGIBLE;
        } else if (pkaDecades >= thermalDecades && pkaDecades >= lightDecades) {
            dominant = ReactivityRisk.LOW_PKA;
        } else if (thermalDecades >= lightDecades) {
            dominant = ReactivityRisk.THERMAL;
        } else {
            dominant = ReactivityRisk.LIGHT;
        }
        return new RiskAttribution(pkaDecades, thermalDecades, lightDecades, dominant);
    }

    /** @return the dominant risk with the three contributions in words */
    String text() {
        return String.format(java.util.Locale.ROOT,
                "%s (rate contributions: pKa %+.2f, temperature %+.2f, light %+.2f decades)", dominant.text(),
                pkaDecades, thermalDecades, lightDecades);
    }
}
