package org.heterostack.engine.device.internal.engines;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.heterostack.engine.ResultBuilder;
import org.heterostack.engine.device.internal.common.JvCurve;
import org.heterostack.engine.device.internal.common.SolarCellFigures;
import org.heterostack.model.Device;
import org.heterostack.model.MeasuredPerformance;
import org.heterostack.model.Reference;
import org.heterostack.model.Severity;
import org.heterostack.model.ValueSource;

/** Reporting shared by the device engines: figures of merit, J-V series and the assumptions in force. */
final class Reports {

    /** Prefix of a mapping note that is a warning rather than information. */
    static final String WARNING_PREFIX = "WARNING: ";

    private Reports() {
    }

    /**
     * Reports {@code jsc}, {@code voc}, {@code ff}, {@code pce} with a key suffix, and a warning when the curve is
     * not diode-like ({@link SolarCellFigures#shapeWarning()}: S-shaped, current above Jsc).
     *
     * @param result  where to report
     * @param figures the figures of merit
     * @param suffix  "" or e.g. "_reverse"
     * @param what    e.g. "reverse scan", for the descriptions
     */
    static void figures(ResultBuilder result, SolarCellFigures figures, String suffix, String what) {
        result.quantity("jsc" + suffix, figures.jscMilliAmpPerCm2(), "mA/cm2", "short-circuit current density" + what);
        result.quantity("voc" + suffix, figures.vocV(), "V", "open-circuit voltage" + what);
        result.quantity("ff" + suffix, figures.ffPercent(), "%", "fill factor" + what);
        result.quantity("pce" + suffix, figures.pcePercent(), "%", "power conversion efficiency" + what);
        if (figures.shapeWarning() != null) {
            result.message(Severity.WARNING, figures.shapeWarning() + what);
        }
    }

    /**
     * @param result where to report
     * @param key    series key
     * @param curve  J-V curve (mA/cm2, photocurrent positive)
     */
    static void jv(ResultBuilder result, String key, JvCurve curve) {
        result.series(key, "voltage", "V", curve.voltageV(), "current density", "mA/cm2",
                curve.currentDensityMilliAmpPerCm2());
    }

    /**
     * @param result where to report
     * @param notes  assumptions; those starting with {@link #WARNING_PREFIX} become warnings
     */
    static void notes(ResultBuilder result, List<String> notes) {
        for (String note : notes) {
            if (note.startsWith(WARNING_PREFIX)) {
                result.message(Severity.WARNING, note.substring(WARNING_PREFIX.length()));
            } else {
                result.message(Severity.INFO, note);
            }
        }
    }

    /**
     * Model beside measurement: for each figure of merit the device's {@code measured} performance holds, the
     * quantities {@code <key>_measured} and {@code <key>_difference} (model minus measured, same unit), a series
     * {@code jv_measured} with the measured short-circuit and open-circuit points where both are known (drawn as
     * points beside the modelled J-V curves), and a message comparing them.
     *
     * @param result where to report
     * @param device the device, whose measured performance may be absent
     * @param model  the modelled figures compared (null: none, nothing is reported)
     * @param what   which modelled figures, e.g. "reverse scan", for the descriptions
     */
    static void measured(ResultBuilder result, Device device, SolarCellFigures model, String what) {
        MeasuredPerformance measured = device.getMeasured();
        if (measured == null || model == null) {
            return;
        }
        StringBuilder comparison = new StringBuilder();
        compare(result, comparison, "jsc", measured.getJscMAPerCm2(), model.jscMilliAmpPerCm2(), "mA/cm2", what);
        compare(result, comparison, "voc", measured.getVocV(), model.vocV(), "V", what);
        compare(result, comparison, "ff", measured.getFillFactorPercent(), model.ffPercent(), "%", what);
        compare(result, comparison, "pce", measured.getPcePercent(), model.pcePercent(), "%", what);
        if (measured.getJscMAPerCm2() != null && measured.getVocV() != null) {
            result.series("jv_measured", "voltage", "V", new double[] {0, measured.getVocV()}, "current density",
                    "mA/cm2", new double[] {measured.getJscMAPerCm2(), 0});
        }
        if (!comparison.isEmpty()) {
            result.message(Severity.INFO, "measured beside modelled (" + what + ")" + source(measured) + ":"
                    + comparison);
        }
    }

    private static void compare(ResultBuilder result, StringBuilder comparison, String key, Double measuredValue,
            double modelValue, String unit, String what) {
        if (measuredValue == null) {
            return;
        }
        double difference = modelValue - measuredValue;
        result.quantity(key + "_measured", measuredValue, unit, "measured value stored with the device");
        result.quantity(key + "_difference", difference, unit, "model (" + what + ") minus measured");
        comparison.append(String.format(" %s measured %.4g %s, model %.4g %s (%+.3g %s);", key, measuredValue, unit,
                modelValue, unit, difference, unit));
    }

    private static String source(MeasuredPerformance measured) {
        List<String> keys = Stream.concat(measured.getReferences().stream(),
                measured.getSources().stream().map(ValueSource::getReference)).filter(Objects::nonNull)
                .map(Reference::getKey).distinct().toList();
        return keys.isEmpty() ? "" : " from " + String.join(", ", keys);
    }
}
