package org.heterostack.ui.study.internal.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.heterostack.ui.study.internal.results.ResultTable;

/**
 * A metric against one axis: for each value of the axis (in the order a sort by the axis gives: numbers numerically,
 * text alphabetically), the lowest, mean and highest value of the metric over the candidates with that value. It
 * shows how much the axis matters and what the others add around it.
 *
 * @param values the axis values
 * @param min    the lowest metric value per axis value
 * @param mean   the mean metric value per axis value
 * @param max    the highest metric value per axis value
 */
public record AxisProfile(List<String> values, double[] min, double[] mean, double[] max) {

    /**
     * @param table  the results (every row)
     * @param axis   the axis column
     * @param metric the metric column
     * @return the profile; axis values without any metric value are left out
     */
    public static AxisProfile of(ResultTable table, int axis, int metric) {
        Map<String, double[]> stats = new LinkedHashMap<>();
        for (int row : table.sorted(axis, false)) {
            double value = table.number(row, metric);
            if (table.value(row, axis) == null || Double.isNaN(value)) {
                continue;
            }
            double[] s = stats.computeIfAbsent(table.text(row, axis),
                    k -> new double[] { Double.POSITIVE_INFINITY, 0, Double.NEGATIVE_INFINITY, 0 });
            s[0] = Math.min(s[0], value);
            s[1] += value;
            s[2] = Math.max(s[2], value);
            s[3]++;
        }
        List<String> values = new ArrayList<>(stats.keySet());
        double[] min = new double[values.size()];
        double[] mean = new double[values.size()];
        double[] max = new double[values.size()];
        for (int i = 0; i < values.size(); i++) {
            double[] s = stats.get(values.get(i));
            min[i] = s[0];
            mean[i] = s[1] / s[3];
            max[i] = s[2];
        }
        return new AxisProfile(List.copyOf(values), min, mean, max);
    }
}
