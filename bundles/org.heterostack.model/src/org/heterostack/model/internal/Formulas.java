package org.heterostack.model.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.heterostack.model.AnchoringGroup;
import org.heterostack.model.NPhaseFraction;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.Phase2D;
import org.heterostack.model.SiteOccupancy;
import org.heterostack.model.TailClass;

/**
 * Derived values of perovskites and cations (formulas, n statistics, expected phase); called from the
 * generated getters, so the model computes them the same everywhere.
 */
public final class Formulas {

    private Formulas() {
    }

    /**
     * Formula of a 3D perovskite from its site occupancies, e.g. {@code Cs0.05FA0.8MA0.15Pb(I0.85Br0.15)3}.
     *
     * @param perovskite the perovskite
     * @return the formula; {@code ?} stands for an empty site
     */
    public static String formula(Perovskite3D perovskite) {
        return site(perovskite.getASite()) + site(perovskite.getBSite()) + counted(perovskite.getXSite(), 3);
    }

    /**
     * Formula of the phase of a 2D perovskite with n octahedral layers: RP {@code A'2 A(n-1) Bn X(3n+1)}, DJ
     * {@code A' A(n-1) Bn X(3n+1)}, ACI {@code A' An Bn X(3n+1)}, e.g. {@code (BA)2(MA)2Pb3I10}.
     *
     * @param perovskite the 2D perovskite
     * @param n          number of inorganic octahedral layers
     * @return the formula, or the empty string when n &lt; 1
     */
    public static String formula(Perovskite2D perovskite, int n) {
        if (n < 1) {
            return "";
        }
        Phase2D phase = perovskite.getPhase();
        String spacers = perovskite.getSpacers().stream().map(Formulas::label).collect(Collectors.joining("/"));
        String spacer = "(" + (spacers.isEmpty() ? "?" : spacers) + ")" + (phase == Phase2D.RP ? "2" : "");
        int aCount = phase == Phase2D.ACI ? n : n - 1;
        String a = aCount == 0 ? "" : "(" + site(perovskite.getASite()) + ")" + (aCount == 1 ? "" : aCount);
        return spacer + a + counted(perovskite.getBSite(), n) + counted(perovskite.getXSite(), 3 * n + 1);
    }

    /**
     * Fraction-weighted mean n of a 2D perovskite's n distribution (fractions are normalised).
     *
     * @param perovskite the 2D perovskite
     * @return the mean n, 0 when no n phase with a positive fraction is given
     */
    public static double meanN(Perovskite2D perovskite) {
        double sum = 0;
        double weighted = 0;
        for (NPhaseFraction phase : perovskite.getNPhases()) {
            sum += phase.getFraction();
            weighted += phase.getFraction() * phase.getN();
        }
        return sum > 0 ? weighted / sum : 0;
    }

    /**
     * n of the phase with the largest fraction (the smaller n on a tie).
     *
     * @param perovskite the 2D perovskite
     * @return the dominant n, 0 when no n phase is given
     */
    public static int dominantN(Perovskite2D perovskite) {
        NPhaseFraction best = null;
        for (NPhaseFraction phase : perovskite.getNPhases()) {
            if (best == null || phase.getFraction() > best.getFraction()
                    || phase.getFraction() == best.getFraction() && phase.getN() < best.getN()) {
                best = phase;
            }
        }
        return best == null ? 0 : best.getN();
    }

    /**
     * The layered phase a cation's charge suggests: +1 Ruddlesden-Popper, +2 Dion-Jacobson; guanidinium itself (a
     * guanidinium group without a tail) forms the alternating-cation phase with a small A cation.
     *
     * @param cation the cation
     * @return the phase, or null when the charge is unknown or neither +1 nor +2
     */
    public static Phase2D expectedPhase(OrganicCation cation) {
        Integer charge = cation.getCharge();
        if (charge == null) {
            return null;
        }
        if (charge == 1 && cation.getAnchoringGroups().equals(List.of(AnchoringGroup.GUANIDINIUM))
                && cation.getTailClass() == TailClass.UNSPECIFIED) {
            return Phase2D.ACI;
        }
        return switch (charge) {
            case 1 -> Phase2D.RP;
            case 2 -> Phase2D.DJ;
            default -> null;
        };
    }

    /**
     * Formats a stoichiometric number without trailing zeros (0.80 -> 0.8, 1.0 -> 1).
     *
     * @param value the number
     * @return its shortest plain decimal form, rounded to 4 decimals
     */
    public static String number(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }

    private static String label(OrganicCation cation) {
        String abbreviation = cation.getAbbreviation();
        return abbreviation == null || abbreviation.isBlank() ? String.valueOf(cation.getName()) : abbreviation;
    }

    /** A site: a single ion as its symbol, a mixture as ions with fractions (Cs0.05FA0.95). */
    private static String site(List<SiteOccupancy> site) {
        if (site.isEmpty()) {
            return "?";
        }
        if (site.size() == 1) {
            return String.valueOf(site.get(0).getIon());
        }
        return site.stream().map(o -> o.getIon() + number(o.getFraction())).collect(Collectors.joining());
    }

    /** A site with a multiplicity: I3, (I0.85Br0.15)3, Pb, (Pb0.5Sn0.5)2. */
    private static String counted(List<SiteOccupancy> site, int count) {
        String ions = site(site);
        String multiplicity = count == 1 ? "" : Integer.toString(count);
        return site.size() > 1 ? "(" + ions + ")" + multiplicity : ions + multiplicity;
    }
}
