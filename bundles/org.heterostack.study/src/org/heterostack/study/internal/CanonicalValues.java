package org.heterostack.study.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The one textual form of each value of a study axis: numbers rounded to 12 significant digits and written without
 * trailing zeros ({@code 400}, {@code 400.0} and {@code 4e2} are all {@code 400}), so that a candidate's id does not
 * depend on how a value was typed.
 */
public final class CanonicalValues {

    private static final MathContext DIGITS = new MathContext(12);

    private CanonicalValues() {
    }

    /**
     * @param value a finite number
     * @return its canonical text
     */
    public static String number(double value) {
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(DIGITS).stripTrailingZeros();
        double magnitude = Math.abs(value);
        return magnitude >= 1e-6 && magnitude < 1e15 ? rounded.toPlainString() : rounded.toString();
    }

    /**
     * @param text a value as typed
     * @return the number it is, or null when it is not a finite decimal number
     */
    public static Double parseNumber(String text) {
        String trimmed = text.strip();
        if (!trimmed.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
            return null;
        }
        double value = Double.parseDouble(trimmed);
        return Double.isFinite(value) ? value : null;
    }

    /**
     * @param text a value as typed: a number is made canonical, other text is trimmed
     * @return the canonical text
     */
    public static String any(String text) {
        Double number = parseNumber(text);
        return number != null ? number(number) : text.strip();
    }

    /**
     * An n distribution: pairs {@code n:fraction} separated by blanks or commas, sorted by n.
     *
     * @param text e.g. {@code 3:0.5, 1:0.2 2:0.3}
     * @return e.g. {@code 1:0.2 2:0.3 3:0.5}
     * @throws IllegalArgumentException naming the pair that is not valid
     */
    public static String nDistribution(String text) {
        TreeMap<Integer, String> pairs = new TreeMap<>();
        for (String pair : text.strip().split("[\\s,]+")) {
            String[] parts = pair.split(":");
            Double fraction = parts.length == 2 ? parseNumber(parts[1]) : null;
            if (fraction == null || !parts[0].matches("\\d{1,4}") || Integer.parseInt(parts[0]) < 1 || fraction < 0) {
                throw new IllegalArgumentException("'" + pair + "' is not n:fraction with n >= 1 and a fraction >= 0");
            }
            if (pairs.put(Integer.parseInt(parts[0]), number(fraction)) != null) {
                throw new IllegalArgumentException("n = " + parts[0] + " appears twice");
            }
        }
        StringBuilder canonical = new StringBuilder();
        pairs.forEach((n, fraction) -> canonical.append(canonical.isEmpty() ? "" : " ").append(n).append(':')
                .append(fraction));
        return canonical.toString();
    }

    /**
     * @param text an enumeration literal, any case
     * @return it in capitals
     */
    public static String literal(String text) {
        return text.strip().toUpperCase(Locale.ROOT);
    }
}
