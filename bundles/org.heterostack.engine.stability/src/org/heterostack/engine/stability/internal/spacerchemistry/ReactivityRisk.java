package org.heterostack.engine.stability.internal.spacerchemistry;

/** The factor that dominates a spacer's reaction with FA+ under a condition. */
public enum ReactivityRisk {
    /** The spacer is more acidic than the reference: deprotonation supplies free amine. */
    LOW_PKA("low pKa: deprotonation/amidine formation with FA+ (NH3 release)"),
    /** Heat raises both the neutral fraction and the rate constant. */
    THERMAL("thermally activated deprotonation/amidine formation with FA+ (NH3 release)"),
    /** Illumination accelerates the reaction. */
    LIGHT("light-accelerated amidine formation with FA+ (NH3 release)"),
    /** Reacted fraction stays below the negligible threshold within the horizon. */
    NEGLIGIBLE("no significant reaction with FA+ within the horizon");

    private final String text;

    ReactivityRisk(String text) {
        this.text = text;
    }

    /** @return the risk in words, as shown to the user */
    public String text() {
        return text;
    }
}
