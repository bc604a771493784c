package org.heterostack.engine.structure.internal.layered;

import org.heterostack.engine.structure.internal.StructureException;

/**
 * The organic spacer (ligand) cation of a layered perovskite, as far as the phase rule needs it.
 *
 * @param abbreviation  short name used in formulas, e.g. {@code "BA"}, {@code "PEA"}, {@code "4AMP"}, {@code "GA"}
 * @param charge        cation charge: +1 (mono-ammonium) or +2 (di-ammonium)
 * @param guanidinium   true if the anchoring group is guanidinium (C(NH2)3+), which with a small A cation
 *                      forms the alternating-cation-interlayer (ACI) phase
 */
public record Spacer(String abbreviation, int charge, boolean guanidinium) {

    /** Validates name and charge. */
    public Spacer {
        if (abbreviation == null || abbreviation.isBlank()) {
            throw new StructureException("spacer needs an abbreviation");
        }
        if (charge != 1 && charge != 2) {
            throw new StructureException("spacer " + abbreviation + " has charge " + charge
                    + "; only +1 (Ruddlesden-Popper) and +2 (Dion-Jacobson) spacers form 2D perovskites here");
        }
    }

    /** A mono-ammonium spacer (charge +1, not guanidinium), e.g. BA, PEA. */
    public static Spacer monoAmmonium(String abbreviation) {
        return new Spacer(abbreviation, 1, false);
    }

    /** A di-ammonium spacer (charge +2), e.g. 4AMP, BDA. */
    public static Spacer diAmmonium(String abbreviation) {
        return new Spacer(abbreviation, 2, false);
    }
}
