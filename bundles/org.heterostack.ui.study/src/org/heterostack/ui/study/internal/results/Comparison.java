package org.heterostack.ui.study.internal.results;

import java.util.ArrayList;
import java.util.List;

/**
 * Candidates side by side: one line per column of the table (axes, quantities), one value per candidate; with
 * "differing parameters only" the lines on which every candidate agrees are left out.
 */
public final class Comparison {

    /**
     * One compared column.
     *
     * @param header the column header with its unit
     * @param values the candidates' values as the table shows them
     */
    public record Line(String header, List<String> values) {

        /** @return whether the candidates do not all have the same value */
        public boolean differs() {
            return values.stream().distinct().count() > 1;
        }
    }

    private Comparison() {
    }

    /**
     * @param table         the results
     * @param rows          the compared rows
     * @param differingOnly whether to leave out the columns on which all of them agree
     * @return the lines, in column order
     */
    public static List<Line> of(ResultTable table, int[] rows, boolean differingOnly) {
        List<Line> lines = new ArrayList<>();
        for (int column = 0; column < table.columns().size(); column++) {
            List<String> values = new ArrayList<>(rows.length);
            for (int row : rows) {
                values.add(table.text(row, column));
            }
            Line line = new Line(table.header(column), List.copyOf(values));
            if (!differingOnly || line.differs()) {
                lines.add(line);
            }
        }
        return lines;
    }
}
