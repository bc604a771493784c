package org.heterostack.study;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import com.google.gson.stream.JsonWriter;

/**
 * Writes the documented JSON of the command line and the exports with Gson's streaming writer: compact, one line,
 * keys in the order written, and numbers as docs/cli.md shows them (a whole number below 1e15 without a fraction,
 * {@code 21} rather than {@code 21.0}; others as Java prints a double, {@code 1.6E25}). Hosts write their own
 * documented objects with it ({@code engines --json}, the study summaries), as {@link ResultsJson} does.
 */
public final class JsonText {

    /** Writes one value into an open writer. */
    @FunctionalInterface
    public interface Content {

        /**
         * @param json the writer
         * @throws IOException never for a string target; declared by Gson
         */
        void write(JsonWriter json) throws IOException;
    }

    private JsonText() {
    }

    /**
     * @param content writes exactly one JSON value
     * @return its text
     */
    public static String write(Content content) {
        StringWriter text = new StringWriter(1024);
        try (JsonWriter json = new JsonWriter(text)) {
            json.setSerializeNulls(true);
            content.write(json);
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to a string failed", e);
        }
        return text.toString();
    }

    /**
     * @param json  the writer
     * @param value a finite number (engines cannot report others)
     * @throws IOException from Gson
     */
    public static void number(JsonWriter json, double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            json.value((long) value);
        } else {
            json.value(value);
        }
    }

    /**
     * @param json    a writer expecting a value
     * @param strings the array's elements
     * @throws IOException from Gson
     */
    public static void strings(JsonWriter json, List<String> strings) throws IOException {
        json.beginArray();
        for (String s : strings) {
            json.value(s);
        }
        json.endArray();
    }

    /**
     * @param json  a writer expecting a value
     * @param value a number ({@link #number} form), a text, a boolean or null
     * @throws IOException from Gson
     */
    public static void value(JsonWriter json, Object value) throws IOException {
        switch (value) {
            case null -> json.nullValue();
            case Number number -> number(json, number.doubleValue());
            case Boolean flag -> json.value(flag.booleanValue());
            default -> json.value(String.valueOf(value));
        }
    }
}
