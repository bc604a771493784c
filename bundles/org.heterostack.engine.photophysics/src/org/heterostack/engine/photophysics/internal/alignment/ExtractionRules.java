package org.heterostack.engine.photophysics.internal.alignment;

import java.util.Locale;

import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;

/**
 * Device meaning of the alignment between the 3D absorber and a 2D layer on top of it (review: Ma, Sun, Dou,
 * Chem. Commun. 60, 7824 (2024), section 3.2: n-i-p needs hole extraction through the top 2D layer, p-i-n
 * needs electron extraction; low-n layers tend to block electrons).
 *
 * <p>A carrier is "extracted" if its barrier into the layer is below a threshold (default
 * {@link #DEFAULT_THRESHOLD_EV} = 0.1 eV, about 4 kT at 300 K, above which thermionic transport is suppressed
 * by exp(-4) ~ 2 %) and "blocked" otherwise. Tunnelling through a thin layer can still pass a blocked
 * carrier; see {@link org.heterostack.engine.photophysics.internal.tunnelling.WkbTunnelling}.
 */
public final class ExtractionRules {

    /** Default barrier (eV) above which a carrier counts as blocked. */
    public static final double DEFAULT_THRESHOLD_EV = 0.1;

    private ExtractionRules() {
    }

    /** Assessment with the default 0.1 eV threshold. */
    public static ExtractionAssessment topLayer(Layer absorber, Layer top, Architecture architecture) {
        return topLayer(absorber, top, architecture, DEFAULT_THRESHOLD_EV);
    }

    /**
     * Assessment of a layer on top of the absorber.
     *
     * @throws PhotophysicsException for a negative threshold
     */
    public static ExtractionAssessment topLayer(Layer absorber, Layer top, Architecture architecture,
            double thresholdEv) {
        if (!(thresholdEv >= 0.0)) {
            throw new PhotophysicsException("extraction threshold must be >= 0 eV, was " + thresholdEv);
        }
        Alignment a = BandAlignment.classify(new Interface(absorber, top));
        double eBarrier = Math.max(0.0, a.conductionOffsetEv());
        double hBarrier = Math.max(0.0, -a.valenceOffsetEv());
        boolean electrons = eBarrier < thresholdEv;
        boolean holes = hBarrier < thresholdEv;
        boolean favourable = architecture == Architecture.NIP ? holes : electrons;
        String verdict = String.format(Locale.ROOT, "%s %s (%.2f eV), %s %s (%.2f eV): %s %s (top layer %s)",
                electrons ? "extracts" : "blocks", "electrons", eBarrier, holes ? "extracts" : "blocks", "holes",
                hBarrier, favourable ? "suits" : "hinders", architecture == Architecture.NIP ? "n-i-p" : "p-i-n",
                architecture == Architecture.NIP ? "must pass holes" : "must pass electrons");
        return new ExtractionAssessment(a, eBarrier, hBarrier, electrons, holes, favourable, verdict);
    }
}
