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
 * The JSON lines of a result segment, written and read with Gson: an evaluation, and a series its evaluations refer
 * to by content hash (written once per store, before the first evaluation that uses it). Keys are stable and
 * documented in {@code docs/file-format.md}; readers ignore keys they do not know, so later versions may add some.
 */
public final class EvaluationJson {

    /** The value of {@code kind} for an evaluation line. */
    public static final String EVALUATION = "evaluation";

    /** The value of {@code kind} for a series line. */
    public static final String SERIES = "series";

    private EvaluationJson() {
    }

    /**
     * The content hash of a series: names, units and the exact values. Evaluations refer to their series by it, so
     * a curve that thousands of candidates share (a reference curve, the same J-V) is stored once.
     *
     * @param data a series
     * @return 64 hexadecimal digits
     */
    public static String hash(Evaluation.SeriesData data) {
        return new Sha256().line(data.xName()).line(data.xUnit()).line(data.yName()).line(data.yUnit())
                .numbers(data.x()).numbers(data.y()).hex();
    }

    /**
     * @param hash the series' {@link #hash(Evaluation.SeriesData)}
     * @param data the series
     * @return its JSON line, without the line feed
     */
    public static String seriesLine(String hash, Evaluation.SeriesData data) {
        StringWriter text = new StringWriter(4096);
        try (JsonWriter json = new JsonWriter(text)) {
            json.beginObject().name("kind").value(SERIES).name("hash").value(hash).name("xName").value(data.xName())
                    .name("xUnit").value(data.xUnit()).name("yName").value(data.yName()).name("yUnit")
                    .value(data.yUnit());
            json.name("x").beginArray();
            for (double x : data.x()) {
                json.value(x);
            }
            json.endArray().name("y").beginArray();
            for (double y : data.y()) {
                json.value(y);
            }
            json.endArray().endObject();
        } catch (IOException e) {
            throw new IllegalStateException("writing to a string failed", e);
        }
        return text.toString();
    }

    /**
     * @param evaluation an evaluation
     * @param hashes     the content hash of each of its series, in order
     * @return its JSON object on one line, without the line feed
     */
    public static String line(Evaluation evaluation, List<String> hashes) {
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
            json.name("series").beginArray();
            for (int i = 0; i < hashes.size(); i++) {
                json.beginObject().name("key").value(evaluation.series().get(i).key()).name("hash").value(hashes.get(i))
                        .endObject();
            }
            json.endArray();
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

    /**
     * @param object a parsed series line
     * @return its hash and the series (with an empty key: the evaluations name it)
     * @throws IllegalArgumentException when a required key is missing or of the wrong type
     */
    public static Map.Entry<String, Evaluation.SeriesData> readSeries(JsonObject object) {
        try {
            return Map.entry(object.get("hash").getAsString(), new Evaluation.SeriesData("", text(object, "xName"),
                    text(object, "xUnit"), text(object, "yName"), text(object, "yUnit"),
                    numbers(object.getAsJsonArray("x")), numbers(object.getAsJsonArray("y"))));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a complete series: " + e.getMessage(), e);
        }
    }

    /**
     * @param object a parsed evaluation line
     * @param series the series read so far by hash, or null to leave the series out (the index needs none)
     * @return the evaluation
     * @throws IllegalArgumentException when a required key is missing or of the wrong type, or a series is unknown
     */
    public static Evaluation read(JsonObject object, Map<String, Evaluation.SeriesData> series) {
        try {
            List<Evaluation.Value> quantities = new ArrayList<>();
            for (JsonElement element : object.getAsJsonArray("quantities")) {
                JsonObject q = element.getAsJsonObject();
                quantities.add(new Evaluation.Value(q.get("key").getAsString(), q.get("value").getAsDouble(),
                        text(q, "unit")));
            }
            List<Evaluation.SeriesData> data = new ArrayList<>();
            for (JsonElement element : series == null ? new JsonArray() : object.getAsJsonArray("series")) {
                JsonObject s = element.getAsJsonObject();
                Evaluation.SeriesData stored = series.get(s.get("hash").getAsString());
                if (stored == null) {
                    throw new IllegalArgumentException("series " + s.get("hash").getAsString() + " is not stored");
                }
                data.add(new Evaluation.SeriesData(s.get("key").getAsString(), stored.xName(), stored.xUnit(),
                        stored.yName(), stored.yUnit(), stored.x(), stored.y()));
            }
            List<String> messages = new ArrayList<>();
            object.getAsJsonArray("messages").forEach(m -> messages.add(m.getAsString()));
            return new Evaluation(object.get("key").getAsString(), object.get("study").getAsString(),
                    object.get("candidate").getAsString(), strings(object.getAsJsonObject("point")),
                    object.get("engine").getAsString(), text(object, "version"), text(object, "target"),
                    strings(object.getAsJsonObject("settings")), "ok".equals(text(object, "status")),
                    object.get("cacheable").getAsBoolean(), object.get("seconds").getAsDouble(),
                    text(object, "timestamp"), text(object, "inputHash"), quantities, data, messages);
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
