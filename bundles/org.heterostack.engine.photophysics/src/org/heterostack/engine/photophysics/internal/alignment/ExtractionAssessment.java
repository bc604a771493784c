package org.heterostack.engine.photophysics.internal.alignment;

/**
 * What a layer placed between the absorber and a contact does to each carrier.
 *
 * @param alignment           alignment absorber -&gt; layer
 * @param electronBarrierEv   energy an electron must climb to enter the layer from the absorber, eV (0 if downhill)
 * @param holeBarrierEv       energy a hole must climb (valence band going down) to enter the layer, eV (0 if uphill)
 * @param extractsElectrons   electron barrier below the threshold
 * @param extractsHoles       hole barrier below the threshold
 * @param favourable          the carrier this architecture must extract through the layer passes it
 * @param verdict             user-facing sentence, e.g. "blocks electrons, extracts holes: suits n-i-p (top 2D layer)"
 */
public record ExtractionAssessment(Alignment alignment, double electronBarrierEv, double holeBarrierEv,
        boolean extractsElectrons, boolean extractsHoles, boolean favourable, String verdict) {
}
