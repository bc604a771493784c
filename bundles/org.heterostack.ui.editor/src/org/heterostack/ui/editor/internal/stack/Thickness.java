package org.heterostack.ui.editor.internal.stack;

import java.math.BigDecimal;
import java.math.MathContext;

/** Thicknesses as a scientist writes them: "400 nm", "2.5 nm", "1.14 µm". */
final class Thickness {

    private static final double[] STEPS = { 1, 2, 5 };

    private Thickness() {
    }

    static String text(double nm) {
        if (nm >= 1000) {
            return round(nm / 1000) + " \u00b5m";
        }
        return round(nm) + " nm";
    }

    private static String round(double value) {
        return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** The nearest 1, 2 or 5 times a power of ten not above the given value (a scale bar's length). */
    static double niceStep(double maximum) {
        double decade = Math.pow(10, Math.floor(Math.log10(Math.max(maximum, 1e-9))));
        double best = decade;
        for (double step : STEPS) {
            if (step * decade <= maximum) {
                best = step * decade;
            }
        }
        return best;
    }

    /**
     * A thickness rounded for an edit by dragging or by a step: 0.1 nm below 10 nm, 1 nm below 1 µm, else 10 nm.
     *
     * @param nm the thickness
     * @return the rounded thickness, at least 0.1 nm
     */
    static double rounded(double nm) {
        double step = nm < 10 ? 0.1 : nm < 1000 ? 1 : 10;
        return Math.max(0.1, Math.round(nm / step) * step);
    }
}
