package org.heterostack.study;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Message;
import org.heterostack.model.Provenance;
import org.heterostack.model.Quantity;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.Series;

import com.google.gson.stream.JsonWriter;

/**
 * Analysis results as the JSON object documented in docs/cli.md: {@code {"file", "results": [{"target",
 * "engine", "engineVersion", "category", "status", "quantities", "series", "messages", "provenance"}]}}. The
 * keys are stable; the CLI's {@code analyze --json} and the workbench's "Export Results" write the same text.
 * (Moved here from the model bundle's {@code org.heterostack.model.io}.)
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
        return JsonText.write(json -> {
            json.beginObject().name("file").value(file).name("results").beginArray();
            for (AnalysisResult result : results) {
                result(json, result);
            }
            json.endArray().endObject();
        });
    }

    private static void result(JsonWriter json, AnalysisResult result) throws IOException {
        json.beginObject();
        json.name("target").value(result.getTarget() == null ? null : result.getTarget().getName());
        json.name("engine").value(result.getEngineId());
        json.name("engineVersion").value(result.getEngineVersion());
        json.name("category").value(result.getCategory() == null ? null : result.getCategory().getLiteral());
        json.name("status").value(result.getStatus() == ResultStatus.OK ? "ok" : "failed");
        json.name("quantities").beginObject();
        for (Quantity q : result.getQuantities()) {
            json.name(q.getKey()).beginObject().name("value");
            JsonText.number(json, q.getValue());
            json.name("unit").value(q.getUnit()).endObject();
        }
        json.endObject().name("series").beginObject();
        for (Series s : result.getSeries()) {
            json.name(s.getKey()).beginObject().name("xName").value(s.getXName()).name("xUnit").value(s.getXUnit())
                    .name("yName").value(s.getYName()).name("yUnit").value(s.getYUnit());
            numbers(json.name("x"), s.getX());
            numbers(json.name("y"), s.getY());
            json.endObject();
        }
        json.endObject().name("messages").beginArray();
        for (Message m : result.getMessages()) {
            json.beginObject().name("severity").value(m.getSeverity().getLiteral().toLowerCase(Locale.ROOT))
                    .name("text").value(m.getText()).endObject();
        }
        json.endArray();
        Provenance p = result.getProvenance();
        if (p != null) {
            json.name("provenance").beginObject().name("inputHash").value(p.getInputHash()).name("timestamp")
                    .value(String.valueOf(p.getTimestamp())).name("settings").beginObject();
            for (Map.Entry<String, String> setting : p.getSettings()) {
                json.name(setting.getKey()).value(setting.getValue());
            }
            json.endObject().name("citations").beginArray();
            for (String citation : p.getCitations()) {
                json.value(citation);
            }
            json.endArray().endObject();
        }
        json.endObject();
    }

    private static void numbers(JsonWriter json, List<Double> values) throws IOException {
        json.beginArray();
        for (double value : values) {
            JsonText.number(json, value);
        }
        json.endArray();
    }
}
