package org.heterostack.engine.device.internal.engines;

import java.util.List;

import org.heterostack.engine.ResultBuilder;
import org.heterostack.engine.device.internal.common.JvCurve;
import org.heterostack.engine.device.internal.common.SolarCellFigures;
import org.heterostack.model.Severity;

/** Reporting shared by the device engines: figures of merit, J-V series and the assumptions in force. */
final class Reports {

    /** Prefix of a mapping note that is a warning rather than information. */
    static final String WARNING_PREFIX = "WARNING: ";

    private Reports() {
    }

    /**
     * Reports {@code jsc}, {@code voc}, {@code ff}, {@code pce} with a key suffix.
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
}
