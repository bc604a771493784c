package org.heterostack.ui.study.internal.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Pareto front of points in two objectives that are both to be maximised (e.g. efficiency and T80 lifetime): the
 * points no other point beats in one objective without losing in the other. Sorting by the first objective and sweeping
 * once makes it O(n log n), so 100,000 candidates take milliseconds. Points with a missing (NaN) value are not on it.
 */
public final class ParetoFront {

    private ParetoFront() {
    }

    /**
     * @param x the first objective of each point
     * @param y the second objective of each point, same length
     * @return the indices of the points on the front, by falling x (so by rising y)
     */
    public static int[] of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x values but " + y.length + " y values");
        }
        Integer[] order = new Integer[x.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> x[a] != x[b] ? Double.compare(x[b], x[a]) : Double.compare(y[b], y[a]));
        List<Integer> front = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        for (int i : order) {
            if (Double.isNaN(x[i]) || Double.isNaN(y[i])) {
                continue;
            }
            if (y[i] > best) {
                front.add(i);
                best = y[i];
            }
        }
        return front.stream().mapToInt(Integer::intValue).toArray();
    }
}
