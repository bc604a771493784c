package org.heterostack.engine.photophysics.internal.alignment;

/** Solar-cell architecture, which fixes which carrier must leave through the top of the absorber. */
public enum Architecture {
    /** n-i-p ("conventional"): ETL below, HTL on top; holes must be extracted through a top 2D layer. */
    NIP,
    /** p-i-n ("inverted"): HTL below, ETL on top; electrons must be extracted through a top 2D layer. */
    PIN
}
