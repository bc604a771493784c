package org.heterostack.engine.stability.internal.common;

/**
 * Linear time grid from 0 to {@code durationHours} with {@code points} points, for result series.
 *
 * @param durationHours end time in hours, &gt; 0
 * @param points number of points including t = 0, 2..100000
 */
public record TimeGrid(double durationHours, int points) {

    /** Validates the grid. */
    public TimeGrid {
        if (!(durationHours > 0) || !Double.isFinite(durationHours)) {
            throw new StabilityException("time grid: duration must be finite and > 0 h, got " + durationHours);
        }
        if (points < 2 || points > 100_000) {
            throw new StabilityException("time grid: number of points must be 2..100000, got " + points);
        }
    }

    /** @return the time of point {@code i} in hours */
    public double hoursAt(int i) {
        return durationHours * i / (points - 1);
    }
}
