package org.heterostack.engine.stability.internal.engines;

import java.util.List;

import org.heterostack.engine.EngineException;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.EngineSettings;
import org.heterostack.engine.ResultBuilder;
import org.heterostack.engine.stability.internal.common.Quantity;
import org.heterostack.engine.stability.internal.common.Series;
import org.heterostack.engine.stability.internal.common.StabilityException;
import org.heterostack.engine.stability.internal.common.TimeGrid;
import org.heterostack.model.Reference;
import org.heterostack.model.Severity;

/** Copies numerics results into the engine API and reads the settings the three engines share. */
final class Reports {

    /** Setting: length of the simulated ageing. */
    static final String DURATION = "duration_hours";
    /** Setting: points of the time series. */
    static final String POINTS = "time_points";

    private Reports() {
    }

    /** @return the duration and time-points settings */
    static List<EngineSetting> gridSettings(double defaultHours) {
        return List.of(
                EngineSetting.number(DURATION, defaultHours, "h", "Length of the ageing simulated; the scalar results "
                        + "are their values at this time (default assumed: a typical ISOS test length)."),
                EngineSetting.count(POINTS, 101, 2, 100_000, "Points of the result series from 0 to " + DURATION
                        + "."));
    }

    /** @return the time grid of the settings */
    static TimeGrid grid(EngineSettings settings) throws EngineException {
        try {
            return new TimeGrid(settings.number(DURATION), (int) settings.number(POINTS));
        } catch (StabilityException e) {
            throw new EngineException("settings " + DURATION + " / " + POINTS + ": " + e.getMessage(), e);
        }
    }

    /** Reports every quantity with its key, unit and description. */
    static void quantities(ResultBuilder result, List<Quantity> quantities) {
        quantities.forEach(q -> result.quantity(q.key(), q.value(), q.unit(), q.description()));
    }

    /** Reports a series. */
    static void series(ResultBuilder result, Series series) {
        result.series(series.key(), series.xLabel(), series.xUnit(), toArray(series.x()), series.yLabel(),
                series.yUnit(), toArray(series.y()));
    }

    /** Reports every line as a message of one severity. */
    static void messages(ResultBuilder result, Severity severity, List<String> lines) {
        lines.forEach(line -> result.message(severity, line));
    }

    /** Cites the source of a spacer's pKa, or warns that it has none. */
    static void pKaSource(ResultBuilder result, String spacer, Double pKa, Reference source) {
        if (source == null || source.getCitation() == null || source.getCitation().isBlank()) {
            result.message(Severity.WARNING, "the pKa " + pKa + " of spacer " + spacer + " has no source (pKaSource)");
        } else {
            result.message(Severity.INFO, "pKa " + pKa + " of spacer " + spacer + " from: " + source.getCitation());
            result.cite(List.of(source.getCitation()));
        }
    }

    /** @return a numerics failure as an engine failure that names the analysed object */
    static EngineException failure(String what, StabilityException e) {
        return new EngineException(what + ": " + e.getMessage(), e);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
