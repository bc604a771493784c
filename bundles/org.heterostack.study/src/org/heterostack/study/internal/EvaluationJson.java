package org.heterostack.study.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.heterostack.study.Evaluation;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.stream.JsonWriter;

/**
 * The JSON line of an {@link Evaluation} in a result segment, written and read with Gson. Keys are stable and
 * documented in {@code docs/file-format.md}; readers ignore keys they do not know, so later versions may add some.
 */
public final class EvaluationJson {

    /** The value of {@code kind} for an evaluation line. */
    public static final String EVALUATION = "evaluation";

    private EvaluationJson() {
    }

    /**
     * @param evaluation an evaluation
     * @return its JSON object on one line, without the line feed
     */
    public static String line(Evaluation evaluation) {
        StringWriter text = new StringWriter(512);
        try (JsonWriter json = new JsonWriter(text)) {
            json.beginObject();
            json.name("kind").value(EVALUATION);
            json.name("key").value(evaluation.key());
            json.name("study").value(evaluation.study());
            json.name("candidate").value(evaluation.candidate());
            json.name("point");
            strings(json, evaluation.point());
            json.name("engine").value(evaluation.engineId());
            json.name("version").value(evaluation.engineVersion());
            json.name("target").value(evaluation.target());
            json.name("settings");
            strings(json, evaluation.settings());
            json.name("status").value(evaluation.ok() ? "ok" : "failed");
            json.name("cacheable").value(evaluation.cacheable());
            json.name("seconds").value(evaluation.seconds());
            json.name("timestamp").value(evaluation.timestamp());
            json.name("inputHash").value(evaluation.inputHash());
            quantities(json, evaluation.quantities());
            series(json, evaluation.series());
            json.name("messages").beginArray();
            for (String message : evaluation.messages()) {
                json.value(message);
            }
            json.endArray();
            json.endObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string failed", e);
        }
        return text.toString();
    }

    private static void strings(JsonWriter json, Map<String, String> map) throws IOException {
        json.beginObject();
        for (Map.Entry<String, String> entry : map.entrySet()) {
            json.name(entry.getKey()).value(entry.getValue());
        }
        json.endObject();
    }

    private static void quantities(JsonWriter json, List<Evaluation.Value> quantities) throws IOException {
        json.name("quantities").beginArray();
        for (Evaluation.Value value : quantities) {
            json.beginObject().name("key").value(value.key()).name("value").value(value.value()).name("unit")
                    .value(value.unit()).endObject();
        }
        json.endArray();
    }

    private static void series(JsonWriter json, List<Evaluation.SeriesData> series) throws IOException {
        json.name("series").beginArray();
        for (Evaluation.SeriesData data : series) {
            json.beginObject().name("key").value(data.key()).name("xName").value(data.xName()).name("xUnit")
                    .value(data.xUnit()).name("yName").value(data.yName()).name("yUnit").value(data.yUnit());
            json.name("x").beginArray();
            for (double x : data.x()) {
                json.value(x);
            }
            json.endArray().name("y").beginArray();
            for (double y : data.y()) {
                json.value(y);
            }
            json.endArray().endObject();
        }
        json.endArray();
    }

    /**
     * @param object a parsed evaluation line
     * @return the evaluation
     * @throws IllegalArgumentException when a required key is missing or of the wrong type
     */
    public static Evaluation read(JsonObject object) {
        try {
            List<Evaluation.Value> quantities = new ArrayList<>();
            for (JsonElement element : object.getAsJsonArray("quantities")) {
                JsonObject q = element.getAsJsonObject();
                quantities.add(new Evaluation.Value(q.get("key").getAsString(), q.get("value").getAsDouble(),
                        text(q, "unit")));
            }
            List<Evaluation.SeriesData> series = new ArrayList<>();
            for (JsonElement element : object.getAsJsonArray("series")) {
                JsonObject s = element.getAsJsonObject();
                series.add(new Evaluation.SeriesData(s.get("key").getAsString(), text(s, "xName"), text(s, "xUnit"),
                        text(s, "yName"), text(s, "yUnit"), numbers(s.getAsJsonArray("x")),
                        numbers(s.getAsJsonArray("y"))));
            }
            List<String> messages = new ArrayList<>();
            object.getAsJsonArray("messages").forEach(m -> messages.add(m.getAsString()));
            return new Evaluation(object.get("key").getAsString(), object.get("study").getAsString(),
                    object.get("candidate").getAsString(), strings(object.getAsJsonObject("point")),
                    object.get("engine").getAsString(), text(object, "version"), text(object, "target"),
                    strings(object.getAsJsonObject("settings")), "ok".equals(text(object, "status")),
                    object.get("cacheable").getAsBoolean(), object.get("seconds").getAsDouble(),
                    text(object, "timestamp"), text(object, "inputHash"), quantities, series, messages);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a complete evaluation: " + e.getMessage(), e);
        }
    }

    /**
     * @param line one line of a segment
     * @return the parsed object
     * @throws IllegalArgumentException when the line is not a JSON object
     */
    public static JsonObject parse(String line) {
        try {
            return JsonParser.parseString(line).getAsJsonObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a JSON object: " + e.getMessage(), e);
        }
    }

    private static String text(JsonObject object, String key) {
        JsonElement element = object.get(key);
        return element == null || element.isJsonNull() ? "" : element.getAsString();
    }

    private static Map<String, String> strings(JsonObject object) {
        Map<String, String> map = new LinkedHashMap<>();
        object.entrySet().forEach(e -> map.put(e.getKey(), e.getValue().getAsString()));
        return map;
    }

    private static double[] numbers(JsonArray array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).getAsDouble();
        }
        return values;
    }
}
