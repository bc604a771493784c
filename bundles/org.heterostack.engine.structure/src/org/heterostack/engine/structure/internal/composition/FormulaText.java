package org.heterostack.engine.structure.internal.composition;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * Writes site mixtures and counts in the usual perovskite notation: element symbols bare (Cs, Pb, I),
 * molecular ions and mixtures in parentheses ((MA), (Cs0.05FA0.8MA0.15)), count 1 omitted.
 */
public final class FormulaText {

    private static final Pattern ELEMENT = Pattern.compile("[A-Z][a-z]?");

    private FormulaText() {
    }

    /** A site mixture followed by its stoichiometric count, e.g. {@code (MA)2}, {@code Pb3}, {@code (I0.85Br0.15)10}. */
    public static String site(SiteMixture mixture, int count) {
        if (mixture.isPure()) {
            return ion(mixture.occupants().get(0).ion(), count);
        }
        StringBuilder sb = new StringBuilder("(");
        for (SiteOccupancy o : mixture.occupants()) {
            sb.append(o.ion()).append(number(o.fraction()));
        }
        return sb.append(')').append(count(count)).toString();
    }

    /** One ion with its count; molecular ions (not an element symbol) get parentheses, e.g. {@code (BA)2}. */
    public static String ion(String symbol, int count) {
        String core = ELEMENT.matcher(symbol).matches() ? symbol : "(" + symbol + ")";
        return core + count(count);
    }

    private static String count(int count) {
        return count == 1 ? "" : Integer.toString(count);
    }

    private static String number(double value) {
        return new BigDecimal(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
