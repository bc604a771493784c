package org.heterostack.study;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One engine run on one candidate, as a study stores it: what ran on what, how it went and what came out. This is
 * the content of one line of a result segment file.
 *
 * @param key           the evaluation key ({@link PlannedEngine#evaluationKey(String)})
 * @param study         the study name
 * @param candidate     the candidate id
 * @param point         the candidate's values by axis name
 * @param engineId      the engine
 * @param engineVersion the engine version that ran
 * @param target        the name of the analysed object
 * @param settings      the effective settings
 * @param ok            whether the run succeeded
 * @param cacheable     whether the result may be reused (succeeded, by a deterministic engine)
 * @param seconds       how long the engine ran (wall clock)
 * @param timestamp     when it ran, ISO-8601 UTC
 * @param inputHash     the engine API's hash of the analysed input
 * @param quantities    the scalar results
 * @param series        the data series
 * @param messages      the engine's messages, "SEVERITY: text"
 */
public record Evaluation(String key, String study, String candidate, Map<String, String> point, String engineId,
        String engineVersion, String target, Map<String, String> settings, boolean ok, boolean cacheable,
        double seconds, String timestamp, String inputHash, List<Value> quantities, List<SeriesData> series,
        List<String> messages) {

    /** Checks the identity parts and copies the collections. */
    public Evaluation {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(engineId, "engineId");
        point = Collections.unmodifiableMap(new LinkedHashMap<>(point));
        settings = Collections.unmodifiableMap(new TreeMap<>(settings));
        quantities = List.copyOf(quantities);
        series = List.copyOf(series);
        messages = List.copyOf(messages);
    }

    /**
     * A scalar result.
     *
     * @param key   stable key, e.g. {@code pce}
     * @param value the value
     * @param unit  its unit
     */
    public record Value(String key, double value, String unit) {
    }

    /**
     * A data series.
     *
     * @param key   stable key, e.g. {@code jv}
     * @param xName name of x
     * @param xUnit unit of x
     * @param yName name of y
     * @param yUnit unit of y
     * @param x     the x values
     * @param y     the y values
     */
    public record SeriesData(String key, String xName, String xUnit, String yName, String yUnit, double[] x,
            double[] y) {
    }
}
