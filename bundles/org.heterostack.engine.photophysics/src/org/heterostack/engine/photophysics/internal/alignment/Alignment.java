package org.heterostack.engine.photophysics.internal.alignment;

/**
 * Band alignment of one interface.
 *
 * @param type              I, II or III
 * @param conductionOffsetEv ec(right) - ec(left), eV: positive = barrier for electrons going left -&gt; right
 * @param valenceOffsetEv   ev(right) - ev(left), eV: negative = barrier for holes going left -&gt; right
 * @param description       one sentence for the user, naming both layers and the offsets
 */
public record Alignment(AlignmentType type, double conductionOffsetEv, double valenceOffsetEv, String description) {
}
