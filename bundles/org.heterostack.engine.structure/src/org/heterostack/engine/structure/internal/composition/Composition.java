package org.heterostack.engine.structure.internal.composition;

import java.util.Optional;

import org.heterostack.engine.structure.internal.StructureException;

/**
 * Composition of a 3D ABX3 perovskite as three site mixtures, e.g. Cs0.05FA0.80MA0.15Pb(I0.85Br0.15)3.
 *
 * @param a A-site mixture (monovalent cations)
 * @param b B-site mixture (divalent metals)
 * @param x X-site mixture (halides)
 */
public record Composition(SiteMixture a, SiteMixture b, SiteMixture x) {

    /** Tolerance on the sum of site fractions (absolute, dimensionless). */
    public static final double SUM_TOLERANCE = 1e-6;

    /** Checks that each mixture sits on its own site. */
    public Composition {
        check(a, Site.A);
        check(b, Site.B);
        check(x, Site.X);
    }

    private static void check(SiteMixture mixture, Site expected) {
        if (mixture == null) {
            throw new StructureException("site " + expected + " is missing");
        }
        if (mixture.site() != expected) {
            throw new StructureException("mixture for site " + expected + " is declared as site " + mixture.site());
        }
    }

    /** A single-ion composition such as MAPbI3: {@code of("MA", "Pb", "I")}. */
    public static Composition of(String aIon, String bIon, String xIon) {
        return new Composition(SiteMixture.pure(Site.A, aIon), SiteMixture.pure(Site.B, bIon),
                SiteMixture.pure(Site.X, xIon));
    }

    /**
     * The formula A2BB'X6 when the B site holds two ions at one half each (a double perovskite, e.g.
     * {@code Cs2AgBiBr6}), else empty.
     */
    public Optional<String> doublePerovskiteFormula() {
        if (b.occupants().size() != 2 || b.occupants().stream().anyMatch(o -> Math.abs(o.fraction() - 0.5) > SUM_TOLERANCE)) {
            return Optional.empty();
        }
        String aText = a.isPure() ? FormulaText.ion(a.occupants().get(0).ion(), 2) : FormulaText.site(a, 2);
        return Optional.of(aText + FormulaText.ion(b.occupants().get(0).ion(), 1)
                + FormulaText.ion(b.occupants().get(1).ion(), 1) + FormulaText.site(x, 6));
    }

    /** The chemical formula (A site written bare when pure), e.g. {@code MAPbI3} or {@code (Cs0.05FA0.8MA0.15)Pb(I0.85Br0.15)3}. */
    public String formula() {
        String aText = a.isPure() ? a.occupants().get(0).ion() : FormulaText.site(a, 1);
        return aText + FormulaText.site(b, 1) + FormulaText.site(x, 3);
    }
}
