package org.heterostack.model.io;

import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A minimal JSON writer for the documented exports (the CLI's {@code --json} output, the workbench's result
 * export): maps (insertion order kept), collections, {@code double[]}, strings, numbers, booleans and null.
 * Whole doubles below 1e15 are written without a fraction. Non-finite numbers never reach it (engines cannot
 * report them).
 *
 * @since 0.3
 */
public final class JsonWriter {

    private JsonWriter() {
    }

    /**
     * An ordered JSON object from alternating keys and values.
     *
     * @param keysAndValues key, value, key, value, ...
     * @return the object, keys in the given order
     * @throws IllegalArgumentException if a key is missing its value
     */
    public static Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("a JSON object needs a value for every key");
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            object.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return object;
    }

    /**
     * @param value a map, collection, string, number, boolean or null
     * @return its JSON text
     */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case String text -> string(text, out);
            case Double number when number == Math.rint(number) && Math.abs(number) < 1e15 ->
                out.append(number.longValue());
            case Number number -> out.append(number);
            case Boolean flag -> out.append(flag);
            case Map<?, ?> map -> object(map, out);
            case Collection<?> list -> array(list, out);
            case double[] numbers -> {
                out.append('[');
                for (int i = 0; i < numbers.length; i++) {
                    out.append(i == 0 ? "" : ",");
                    write(numbers[i], out);
                }
                out.append(']');
            }
            default -> string(value.toString(), out);
        }
    }

    private static void object(Map<?, ?> map, StringBuilder out) {
        out.append('{');
        Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<?, ?> entry = entries.next();
            string(String.valueOf(entry.getKey()), out);
            out.append(':');
            write(entry.getValue(), out);
            out.append(entries.hasNext() ? "," : "");
        }
        out.append('}');
    }

    private static void array(Collection<?> list, StringBuilder out) {
        out.append('[');
        Iterator<?> items = list.iterator();
        while (items.hasNext()) {
            write(items.next(), out);
            out.append(items.hasNext() ? "," : "");
        }
        out.append(']');
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
