package org.heterostack.cli.internal.fuzz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The tally of a fuzzing run: cases by outcome, the defects found and the slowest case. */
final class FuzzReport {

    private final Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
    private final List<String> defects = new ArrayList<>();
    private final Map<Mutation, Integer> byMutation = new EnumMap<>(Mutation.class);
    private long slowestMs;
    private String slowest = "";
    private int cases;

    void add(String name, Mutation mutation, Outcome outcome, long millis, String detail) {
        cases++;
        counts.merge(outcome, 1, Integer::sum);
        byMutation.merge(mutation, 1, Integer::sum);
        if (outcome.isDefect()) {
            defects.add(outcome + " " + name + " (" + mutation + "): " + detail);
        }
        if (millis > slowestMs) {
            slowestMs = millis;
            slowest = name + " (" + mutation + ", " + outcome + ")";
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

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("files fuzzed: " + cases + "\n");
        for (Outcome outcome : Outcome.values()) {
            text.append(String.format("  %-26s %6d%s%n", outcome, count(outcome), outcome.isDefect() ? "  (defect)" : ""));
        }
        text.append("by mutation: ").append(byMutation).append('\n');
        text.append("slowest case: ").append(slowestMs).append(" ms, ").append(slowest).append('\n');
        defects.stream().limit(20).forEach(defect -> text.append("  ").append(defect).append('\n'));
        return text.toString();
    }
}
