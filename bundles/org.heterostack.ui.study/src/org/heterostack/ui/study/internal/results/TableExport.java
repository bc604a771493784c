package org.heterostack.ui.study.internal.results;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.stream.JsonWriter;

/**
 * Writes the rows and columns the results view shows, in its order: CSV with units in the headers, or JSON with the
 * columns and their units followed by one object per candidate (numbers as numbers, no value as null).
 */
public final class TableExport {

    private TableExport() {
    }

    /**
     * @param table   the results
     * @param order   the rows to write, in order
     * @param columns the columns to write, in order
     * @param file    the CSV file (replaced)
     * @throws IOException when the file cannot be written
     */
    public static void csv(ResultTable table, int[] order, List<Integer> columns, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", columns.stream().map(c -> quote(table.header(c))).toList()));
            out.write('\n');
            for (int row : order) {
                for (int i = 0; i < columns.size(); i++) {
                    Object value = table.value(row, columns.get(i));
                    out.write((i == 0 ? "" : ",") + (value == null ? "" : quote(value.toString())));
                }
                out.write('\n');
            }
        }
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /**
     * @param table   the results
     * @param order   the rows to write, in order
     * @param columns the columns to write, in order
     * @param file    the JSON file (replaced)
     * @throws IOException when the file cannot be written
     */
    public static void json(ResultTable table, int[] order, List<Integer> columns, Path file) throws IOException {
        try (JsonWriter out = new JsonWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.beginObject().name("columns").beginArray();
            for (int column : columns) {
                out.beginObject().name("name").value(table.columns().get(column)).name("unit")
                        .value(table.unit(column)).endObject();
            }
            out.endArray().name("rows").beginArray();
            for (int row : order) {
                out.beginObject();
                for (int column : columns) {
                    out.name(table.columns().get(column));
                    Object value = table.value(row, column);
                    if (value == null) {
                        out.nullValue();
                    } else if (value instanceof Double number) {
                        out.value(number);
                    } else if (value instanceof Long number) {
                        out.value(number);
                    } else {
                        out.value(value.toString());
                    }
                }
                out.endObject();
            }
            out.endArray().endObject();
        }
    }
}
