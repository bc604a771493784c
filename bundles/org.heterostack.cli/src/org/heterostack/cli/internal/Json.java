package org.heterostack.cli.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import com.google.gson.stream.JsonWriter;

/** The command line's JSON output, written with Gson's streaming writer: compact, one line, keys in order. */
final class Json {

    /** Writes one JSON value. */
    @FunctionalInterface
    interface Content {
        void write(JsonWriter json) throws IOException;
    }

    private Json() {
    }

    /**
     * @param content writes exactly one value
     * @return its text
     */
    static String write(Content content) {
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
     * @param json  a writer expecting a value
     * @param value a number, a text, a boolean or null
     * @throws IOException from Gson
     */
    static void value(JsonWriter json, Object value) throws IOException {
        switch (value) {
            case null -> json.nullValue();
            case Long whole -> json.value(whole.longValue());
            case Integer whole -> json.value(whole.longValue());
            case Number number -> json.value(number.doubleValue());
            case Boolean flag -> json.value(flag.booleanValue());
            default -> json.value(String.valueOf(value));
        }
    }

    /**
     * @param json    a writer expecting a value
     * @param strings the array's elements
     * @throws IOException from Gson
     */
    static void strings(JsonWriter json, List<String> strings) throws IOException {
        json.beginArray();
        for (String s : strings) {
            json.value(s);
        }
        json.endArray();
    }
}
