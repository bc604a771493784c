package org.heterostack.ui.study.internal.chart;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.heterostack.ui.study.internal.results.ResultTable;

/**
 * A metric over two axes: for each pair of axis values the highest value of the metric among the candidates that
 * have them (the other axes' values vary within a cell), or none when no candidate has both values or none of them
 * has a value of the metric (its evaluation failed, or the candidate was excluded). Axis values in the order a sort by
 * the axis gives (numbers numerically, text alphabetically).
 *
 * @param xValues the values of the axis along x
 * @param yValues the values of the axis along y
 * @param cells   the highest metric value by y and x index, NaN where there is none
 * @param counts  the candidates with a value of the metric by y and x index
 */
public record HeatGrid(List<String> xValues, List<String> yValues, double[][] cells, int[][] counts) {

    /**
     * @param table  the results (every row)
     * @param xAxis  the column along x
     * @param yAxis  the column along y
     * @param metric the metric column
     * @return the grid
     */
    public static HeatGrid of(ResultTable table, int xAxis, int yAxis, int metric) {
        Map<String, Integer> xs = values(table, xAxis);
        Map<String, Integer> ys = values(table, yAxis);
        double[][] cells = new double[ys.size()][xs.size()];
        int[][] counts = new int[ys.size()][xs.size()];
        for (double[] row : cells) {
            Arrays.fill(row, Double.NaN);
        }
        for (int row = 0; row < table.size(); row++) {
            double value = table.number(row, metric);
            if (Double.isNaN(value) || table.value(row, xAxis) == null || table.value(row, yAxis) == null) {
                continue;
            }
            int x = xs.get(table.text(row, xAxis));
            int y = ys.get(table.text(row, yAxis));
            cells[y][x] = counts[y][x] == 0 ? value : Math.max(cells[y][x], value);
            counts[y][x]++;
        }
        return new HeatGrid(List.copyOf(xs.keySet()), List.copyOf(ys.keySet()), cells, counts);
    }

    /** The distinct values of a column (no empty one) in its sort order, each with its index. */
    private static Map<String, Integer> values(ResultTable table, int column) {
        Map<String, Integer> values = new LinkedHashMap<>();
        for (int row : table.sorted(column, false)) {
            if (table.value(row, column) != null) {
                values.putIfAbsent(table.text(row, column), values.size());
            }
        }
        return values;
    }

    /** @return the lowest and the highest value of the cells that have one; NaN, NaN when none has */
    public double[] range() {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (double[] row : cells) {
            for (double value : row) {
                if (!Double.isNaN(value)) {
                    low = Math.min(low, value);
                    high = Math.max(high, value);
                }
            }
        }
        return low > high ? new double[] { Double.NaN, Double.NaN } : new double[] { low, high };
    }

    /** @return the number of cells without a value */
    public int missing() {
        int missing = 0;
        for (double[] row : cells) {
            for (double value : row) {
                missing += Double.isNaN(value) ? 1 : 0;
            }
        }
        return missing;
    }
}
