package org.heterostack.cli.internal.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The tally of a fuzzing run: cases by outcome, the defects found and the slowest cases. */
final class FuzzReport {

    private static final int SLOWEST_KEPT = 5;

    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    private final List<String> defects = new ArrayList<>();
    private final Map<Mutation, Integer> byMutation = new EnumMap<>(Mutation.class);
    private final List<Timed> slowest = new ArrayList<>();
    private int cases;

    private record Timed(long millis, String text) {
    }

    void add(String name, Mutation mutation, Outcome outcome, long millis, String detail) {
        cases++;
        counts.merge(outcome, 1, Integer::sum);
        byMutation.merge(mutation, 1, Integer::sum);
        if (outcome.isDefect()) {
            defects.add(outcome + " " + name + " (" + mutation + "): " + detail);
        }
        slowest.add(new Timed(millis, millis + " ms, " + name + " (" + mutation + ", " + outcome + ")"));
        slowest.sort(Comparator.comparingLong(Timed::millis).reversed());
        if (slowest.size() > SLOWEST_KEPT) {
            slowest.remove(SLOWEST_KEPT);
        }
    }

    int cases() {
        return cases;
    }

    int count(Outcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }

    List<String> defects() {
        return defects;
    }

    /** @return one line: cases so far by outcome, defects and the slowest case */
    String progressLine() {
        StringBuilder line = new StringBuilder(cases + " cases (");
        counts.forEach((outcome, count) -> line.append(outcome).append(' ').append(count).append(", "));
        return line.append(defects.size()).append(" defects), slowest ")
                .append(slowest.isEmpty() ? "-" : slowest.get(0).text()).toString();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("files fuzzed: " + cases + "\n");
        for (Outcome outcome : Outcome.values()) {
            text.append(String.format("  %-26s %6d%s%n", outcome, count(outcome), outcome.isDefect() ? "  (defect)" : ""));
        }
        text.append("by mutation: ").append(byMutation).append('\n');
        text.append("slowest cases:\n");
        slowest.forEach(timed -> text.append("  ").append(timed.text()).append('\n'));
        defects.stream().limit(20).forEach(defect -> text.append("  ").append(defect).append('\n'));
        return text.toString();
    }
}
