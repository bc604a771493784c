package org.heterostack.ui.study.internal.chart;

import java.util.ArrayList;
import java.util.List;

import org.heterostack.ui.study.internal.results.ResultTable;

/** Which columns of a results table a chart can use: metrics (numbers) and categories (the study's axes). */
final class ChartColumns {

    private ChartColumns() {
    }

    /** @return the columns whose first value is a number, in table order (none without a table) */
    static List<String> metrics(ResultTable table) {
        if (table == null) {
            return List.of();
        }
        List<String> metrics = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            for (int row = 0; row < table.size(); row++) {
                Object value = table.value(row, c);
                if (value != null) {
                    if (value instanceof Number) {
                        metrics.add(table.columns().get(c));
                    }
                    break;
                }
            }
        }
        return metrics;
    }

    /** @return the columns that are neither metrics nor the candidate's name or store */
    static List<String> categories(ResultTable table) {
        if (table == null) {
            return List.of();
        }
        List<String> metrics = metrics(table);
        return table.columns().stream().filter(c -> !metrics.contains(c) && !c.equals("candidate")
                && !c.equals("store")).toList();
    }

    /** @return the metric of that name, else the first starting with its first word, else the one at an index */
    static String preferred(List<String> metrics, String name, int otherwise) {
        String prefix = name.split("_")[0];
        return metrics.contains(name) ? name : metrics.stream().filter(m -> m.startsWith(prefix)).findFirst()
                .orElse(metrics.get(otherwise));
    }
}
