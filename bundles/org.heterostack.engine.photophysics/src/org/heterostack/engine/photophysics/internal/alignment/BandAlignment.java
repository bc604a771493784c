package org.heterostack.engine.photophysics.internal.alignment;

import java.util.Locale;

/**
 * Classifies an interface as type I (straddling), II (staggered) or III (broken gap) from the absolute band
 * edges of its two layers (Anderson's rule: vacuum levels aligned, no interface dipole; add a dipole shift from
 * {@link org.heterostack.engine.photophysics.internal.dipole.InterfaceDipole} to one side first if known).
 */
public final class BandAlignment {

    private BandAlignment() {
    }

    /** Alignment of an interface; offsets are right minus left. */
    public static Alignment classify(Interface i) {
        Layer l = i.left();
        Layer r = i.right();
        double dEc = r.ecEv() - l.ecEv();
        double dEv = r.evEv() - l.evEv();
        AlignmentType type;
        if (r.evEv() >= l.ecEv() || l.evEv() >= r.ecEv()) {
            type = AlignmentType.III;
        } else if (dEc * dEv <= 0.0) {
            type = AlignmentType.I;
        } else {
            type = AlignmentType.II;
        }
        String text = String.format(Locale.ROOT, "%s/%s: type %s, conduction offset %+.2f eV, valence offset %+.2f eV",
                l.name(), r.name(), type, dEc, dEv);
        return new Alignment(type, dEc, dEv, text);
    }
}
