package org.heterostack.model.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Message;
import org.heterostack.model.Quantity;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.Series;

/**
 * Analysis results as the JSON object documented in docs/cli.md: {@code {"file", "results": [{"target",
 * "engine", "engineVersion", "category", "status", "quantities", "series", "messages", "provenance"}]}}. The
 * keys are stable; the CLI's {@code analyze --json} and the workbench's "Export Results" write the same text.
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
        List<Object> list = new ArrayList<>();
        results.forEach(result -> list.add(result(result)));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("file", file);
        root.put("results", list);
        return JsonWriter.write(root);
    }

    private static Map<String, Object> result(AnalysisResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("target", result.getTarget() == null ? null : result.getTarget().getName());
        json.put("engine", result.getEngineId());
        json.put("engineVersion", result.getEngineVersion());
        json.put("category", result.getCategory() == null ? null : result.getCategory().getLiteral());
        json.put("status", result.getStatus() == ResultStatus.OK ? "ok" : "failed");
        Map<String, Object> quantities = new LinkedHashMap<>();
        for (Quantity q : result.getQuantities()) {
            Map<String, Object> quantity = new LinkedHashMap<>();
            quantity.put("value", q.getValue());
            quantity.put("unit", q.getUnit());
            quantities.put(q.getKey(), quantity);
        }
        json.put("quantities", quantities);
        Map<String, Object> series = new LinkedHashMap<>();
        for (Series s : result.getSeries()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("xName", s.getXName());
            data.put("xUnit", s.getXUnit());
            data.put("yName", s.getYName());
            data.put("yUnit", s.getYUnit());
            data.put("x", s.getX());
            data.put("y", s.getY());
            series.put(s.getKey(), data);
        }
        json.put("series", series);
        List<Object> messages = new ArrayList<>();
        for (Message m : result.getMessages()) {
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("severity", m.getSeverity().getLiteral().toLowerCase(Locale.ROOT));
            message.put("text", m.getText());
            messages.add(message);
        }
        json.put("messages", messages);
        if (result.getProvenance() != null) {
            Map<String, Object> provenance = new LinkedHashMap<>();
            provenance.put("inputHash", result.getProvenance().getInputHash());
            provenance.put("timestamp", String.valueOf(result.getProvenance().getTimestamp()));
            provenance.put("settings", new LinkedHashMap<>(result.getProvenance().getSettings().map()));
            provenance.put("citations", result.getProvenance().getCitations());
            json.put("provenance", provenance);
        }
        return json;
    }
}
