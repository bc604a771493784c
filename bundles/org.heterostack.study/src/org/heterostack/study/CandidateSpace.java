package org.heterostack.study;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.LongFunction;

import org.heterostack.model.AxisCombination;
import org.heterostack.study.internal.ExclusionRule;

/**
 * The candidates of a study, produced lazily: a product of ten axes of ten values is 1e10 points yet costs nothing
 * until iterated, and iterating keeps one point at a time. Excluded points are skipped.
 */
public final class CandidateSpace implements Iterable<StatePoint> {

    private final long points;
    private final LongFunction<StatePoint> point;
    private final List<ExclusionRule> exclusions;
    private long size = -1;

    private CandidateSpace(long points, LongFunction<StatePoint> point, List<ExclusionRule> exclusions) {
        this.points = points;
        this.point = point;
        this.exclusions = List.copyOf(exclusions);
    }

    /**
     * @param baseHash    content hash of the base object
     * @param axes        the axes
     * @param combination PRODUCT or ZIP
     * @param exclusions  rules removing points
     * @return the space
     * @throws StudyException when ZIP axes differ in length or the product is too large to count
     */
    public static CandidateSpace of(String baseHash, List<Axis> axes, AxisCombination combination,
            List<ExclusionRule> exclusions) throws StudyException {
        List<Axis> fixed = List.copyOf(axes);
        if (combination == AxisCombination.ZIP) {
            long length = fixed.isEmpty() ? 0 : fixed.get(0).values().size();
            for (Axis axis : fixed) {
                if (axis.values().size() != length) {
                    throw new StudyException("ZIP needs axes of equal length; axis '" + axis.name() + "' has "
                            + axis.values().size() + " values, axis '" + fixed.get(0).name() + "' " + length);
                }
            }
            return new CandidateSpace(length, i -> zip(baseHash, fixed, (int) i), exclusions);
        }
        long product = 1;
        for (Axis axis : fixed) {
            product = Math.multiplyExact(product, axis.values().size());
            if (product > Integer.MAX_VALUE) {
                throw new StudyException("the product of the axes has more than " + Integer.MAX_VALUE + " points");
            }
        }
        return new CandidateSpace(fixed.isEmpty() ? 0 : product, i -> product(baseHash, fixed, i), exclusions);
    }

    /**
     * @param points     the explicit candidates
     * @param exclusions rules removing points
     * @return the space of exactly these points
     */
    public static CandidateSpace explicit(List<StatePoint> points, List<ExclusionRule> exclusions) {
        List<StatePoint> fixed = List.copyOf(points);
        return new CandidateSpace(fixed.size(), i -> fixed.get((int) i), exclusions);
    }

    private static StatePoint zip(String baseHash, List<Axis> axes, int index) {
        String[] values = new String[axes.size()];
        for (int a = 0; a < values.length; a++) {
            values[a] = axes.get(a).values().get(index);
        }
        return new StatePoint(baseHash, axes, values);
    }

    private static StatePoint product(String baseHash, List<Axis> axes, long index) {
        String[] values = new String[axes.size()];
        long rest = index;
        for (int a = values.length - 1; a >= 0; a--) {
            List<String> axisValues = axes.get(a).values();
            values[a] = axisValues.get((int) (rest % axisValues.size()));
            rest /= axisValues.size();
        }
        return new StatePoint(baseHash, axes, values);
    }

    /** @return the number of points before exclusions */
    public long points() {
        return points;
    }

    /** @return the number of candidates (points not excluded); counted once, by iterating */
    public synchronized long size() {
        if (size < 0) {
            long count = 0;
            for (Iterator<StatePoint> it = iterator(); it.hasNext(); it.next()) {
                count++;
            }
            size = count;
        }
        return size;
    }

    /**
     * @param candidate a point of this space
     * @return the exclusion rule that removes it, or null when it is a candidate
     */
    public ExclusionRule excludedBy(StatePoint candidate) {
        return exclusions.stream().filter(rule -> rule.excludes(candidate)).findFirst().orElse(null);
    }

    @Override
    public Iterator<StatePoint> iterator() {
        return new Iterator<>() {
            private long next;
            private StatePoint pending = advance();

            private StatePoint advance() {
                while (next < points) {
                    StatePoint candidate = point.apply(next++);
                    if (excludedBy(candidate) == null) {
                        return candidate;
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return pending != null;
            }

            @Override
            public StatePoint next() {
                if (pending == null) {
                    throw new NoSuchElementException();
                }
                StatePoint current = pending;
                pending = advance();
                return current;
            }
        };
    }
}
