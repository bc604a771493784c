package org.heterostack.engine.photophysics.internal.alignment;

/** Heterojunction band-alignment types (Anderson classification). */
public enum AlignmentType {
    /** Straddling: one gap lies inside the other; both carriers are confined in the narrow-gap side. */
    I,
    /** Staggered: both edges step the same way; electrons and holes separate to opposite sides. */
    II,
    /** Broken gap: the valence band of one side lies above the conduction band of the other. */
    III
}
