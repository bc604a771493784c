package org.heterostack.engine.stability.internal.common;

import java.util.List;
import java.util.Objects;

/**
 * A data series y(x) with units, e.g. reacted fraction versus time.
 *
 * @param key stable machine key, e.g. {@code reacted_fraction_vs_time}
 * @param xLabel name of the abscissa
 * @param xUnit unit of x
 * @param yLabel name of the ordinate
 * @param yUnit unit of y
 * @param x abscissa values (immutable copy)
 * @param y ordinate values (immutable copy, same length as x, all finite)
 */
public record Series(String key, String xLabel, String xUnit, String yLabel, String yUnit, List<Double> x,
        List<Double> y) {

    /** Copies the lists and checks lengths and finiteness. */
    public Series {
        Objects.requireNonNull(key, "series key");
        x = List.copyOf(x);
        y = List.copyOf(y);
        if (x.size() != y.size()) {
            throw new StabilityException("series " + key + ": x and y differ in length (" + x.size() + " vs "
                    + y.size() + ")");
        }
        for (int i = 0; i < y.size(); i++) {
            if (!Double.isFinite(x.get(i)) || !Double.isFinite(y.get(i))) {
                throw new StabilityException("series " + key + ": non-finite point at index " + i + " (x="
                        + x.get(i) + ", y=" + y.get(i) + ")");
            }
        }
    }

    /** @return the last ordinate value */
    public double lastY() {
        if (y.isEmpty()) {
            throw new StabilityException("series " + key + " is empty");
        }
        return y.get(y.size() - 1);
    }
}
