package org.heterostack.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.heterostack.study.QueryResult;

/** A query's rows as text: aligned columns for people, or RFC 4180 comma-separated values. */
final class Table {

    private Table() {
    }

    /**
     * @param value a cell: a number, a text or null
     * @return its text: empty for null, a number as Java prints it (full precision, a dot as decimal separator)
     */
    static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    /**
     * @param cells the cells of one line
     * @return the CSV line: cells with a comma, a quote or a line break quoted, quotes doubled
     */
    static String csvLine(List<String> cells) {
        List<String> quoted = new ArrayList<>(cells.size());
        for (String cell : cells) {
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            quoted.add(quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell);
        }
        return String.join(",", quoted);
    }

    /**
     * Prints the columns aligned, a header first, then {@code N rows}.
     *
     * @param result the table
     * @param out    where to print
     */
    static void print(QueryResult result, PrintStream out) {
        int[] widths = new int[result.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = result.columns().get(c).length();
        }
        for (List<Object> row : result.rows()) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], text(row.get(c)).length());
            }
        }
        out.println(line(result.columns().stream().map(Object.class::cast).toList(), widths));
        result.rows().forEach(row -> out.println(line(row, widths)));
        out.println(result.rows().size() + (result.rows().size() == 1 ? " row" : " rows"));
    }

    private static String line(List<Object> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < widths.length; c++) {
            String cell = text(cells.get(c));
            line.append(c == 0 ? "" : "  ").append(cell).append(" ".repeat(widths[c] - cell.length()));
        }
        return line.toString().stripTrailing();
    }
}
