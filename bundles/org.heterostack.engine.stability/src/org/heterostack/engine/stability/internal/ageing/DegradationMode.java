package org.heterostack.engine.stability.internal.ageing;

/** The degradation channels of {@link DegradationKinetics}. */
public enum DegradationMode {
    /** Spacer deprotonation and amidine formation with FA+. */
    SPACER_CHEMISTRY("spacer reaction with FA+ (deprotonation/amidine formation, NH3 release)"),
    /** Spacer migration into the 3D film and reconstruction of the 2D capping layer. */
    RECONSTRUCTION("spacer migration and 2D/3D interface reconstruction"),
    /** Water ingress, moderated by the spacer's hydrophobicity. */
    MOISTURE("moisture ingress (hydrophobicity-limited)"),
    /** Spacer-independent degradation of absorber and contacts. */
    BASELINE("spacer-independent baseline degradation (absorber, contacts)");

    private final String text;

    DegradationMode(String text) {
        this.text = text;
    }

    /** @return the mode in words */
    public String text() {
        return text;
    }
}
