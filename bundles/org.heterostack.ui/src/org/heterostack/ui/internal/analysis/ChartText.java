package org.heterostack.ui.internal.analysis;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.heterostack.model.Series;

/** The words a chart shows: axis titles with their units, series names for the legend, and the J-V figures. */
final class ChartText {

    private static final Pattern EXPONENT = Pattern.compile("(?<=[A-Za-z\\)])(-?[0-9]+)");
    private static final String DIGITS = "0123456789";
    private static final String SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";
    private static final String JV_PREFIX = "jv_";

    private ChartText() {
    }

    /**
     * @param unit a unit as the engines write it, e.g. {@code mA/cm2} or {@code cm-3}
     * @return the unit as printed, with exponents raised: {@code mA/cm²}, {@code cm⁻³}
     */
    static String unit(String unit) {
        Matcher m = EXPONENT.matcher(unit);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            StringBuilder raised = new StringBuilder();
            for (char c : m.group(1).toCharArray()) {
                raised.append(c == '-' ? '\u207b' : SUPERSCRIPTS.charAt(DIGITS.indexOf(c)));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(raised.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * @param name the quantity on the axis, e.g. "current density"
     * @param unit its unit; none, blank or "1" for a pure number
     * @return the axis title, with the unit in parentheses: "Current density (mA/cm²)"; a first word of one letter is
     *         a symbol and keeps its case ("n (octahedral layers)")
     */
    static String axis(String name, String unit) {
        String title = name == null ? "" : name;
        if (title.length() > 1 && Character.isLetter(title.charAt(1))) {
            title = title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
        }
        return unit == null || unit.isBlank() || "1".equals(unit) ? title : title + " (" + unit(unit) + ")";
    }

    /**
     * @param series a series
     * @return its name in a legend: a J-V series "jv_reverse" is the "reverse scan", "jv_measured" is "measured",
     *         "jv" is "J-V"; other keys with spaces for underscores
     */
    static String legend(Series series) {
        String key = series.getKey();
        if (JvPoints.isJv(series) && key.startsWith(JV_PREFIX)) {
            String scan = key.substring(JV_PREFIX.length()).replace('_', ' ');
            return key.endsWith(SeriesChart.MEASURED_SUFFIX) ? "measured" : scan + " scan";
        }
        return JvPoints.isJv(series) && key.equals("jv") ? "J-V" : key.replace('_', ' ');
    }

    /**
     * @param points the figures of one J-V curve
     * @return two lines: "Jsc 22.2 mA/cm², Voc 1.082 V, FF 82.8 %" and "MPP 0.950 V, 21.0 mA/cm² (19.9 mW/cm²)"
     */
    static List<String> figures(JvPoints points) {
        return List.of(String.format(Locale.ROOT, "Jsc %.1f mA/cm\u00b2, Voc %.3f V, FF %.1f %%", points.jscMaPerCm2(),
                points.vocV(), points.fillFactorPercent()), String.format(Locale.ROOT,
                "MPP %.3f V, %.1f mA/cm\u00b2 (%.1f mW/cm\u00b2)", points.mppV(), points.mppMaPerCm2(),
                points.mppPowerMwPerCm2()));
    }
}
