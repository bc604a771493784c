package org.heterostack.model.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Message;
import org.heterostack.model.Provenance;
import org.heterostack.model.Quantity;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.Series;

/**
 * Analysis results as the JSON object documented in docs/cli.md: {@code {"file", "results": [{"target",
 * "engine", "engineVersion", "category", "status", "quantities", "series", "messages", "provenance"}]}}. The
 * keys are stable; the CLI's {@code analyze --json} and the workbench's "Export Results" write the same text.
 *
 * @since 0.3
 */
public final class ResultsJson {

    private ResultsJson() {
    }

    /**
     * @param file    the model file the results are of, as the reader should see it
     * @param results the results
     * @return the JSON text (one line)
     */
    public static String write(String file, List<AnalysisResult> results) {
        return JsonWriter.write(JsonWriter.object("file", file, "results",
                results.stream().map(ResultsJson::result).toList()));
    }

    private static Map<String, Object> result(AnalysisResult result) {
        Map<String, Object> quantities = new LinkedHashMap<>();
        for (Quantity q : result.getQuantities()) {
            quantities.put(q.getKey(), JsonWriter.object("value", q.getValue(), "unit", q.getUnit()));
        }
        Map<String, Object> series = new LinkedHashMap<>();
        for (Series s : result.getSeries()) {
            series.put(s.getKey(), JsonWriter.object("xName", s.getXName(), "xUnit", s.getXUnit(), "yName",
                    s.getYName(), "yUnit", s.getYUnit(), "x", s.getX(), "y", s.getY()));
        }
        List<Object> messages = new ArrayList<>();
        for (Message m : result.getMessages()) {
            messages.add(JsonWriter.object("severity", m.getSeverity().getLiteral().toLowerCase(Locale.ROOT), "text",
                    m.getText()));
        }
        Map<String, Object> json = JsonWriter.object("target",
                result.getTarget() == null ? null : result.getTarget().getName(), "engine", result.getEngineId(),
                "engineVersion", result.getEngineVersion(), "category",
                result.getCategory() == null ? null : result.getCategory().getLiteral(), "status",
                result.getStatus() == ResultStatus.OK ? "ok" : "failed", "quantities", quantities, "series", series,
                "messages", messages);
        Provenance p = result.getProvenance();
        if (p != null) {
            json.put("provenance", JsonWriter.object("inputHash", p.getInputHash(), "timestamp",
                    String.valueOf(p.getTimestamp()), "settings", new LinkedHashMap<>(p.getSettings().map()),
                    "citations", p.getCitations()));
        }
        return json;
    }
}
