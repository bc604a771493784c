package org.heterostack.cli.internal.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code ./mvnw verify -Pbench}: 10,000 mutated examples through the command line; prints a line every 250 cases,
 * each defect as it is found, and the tally at the end. {@code -Dfuzz.cases=N} runs fewer or more cases and
 * {@code -Dfuzz.only=3268,3679} or {@code -Dfuzz.only=5000-9999} only the named ones (the same files as in the whole
 * run: the seed is fixed), so that two processes can share a run.
 */
@Tag("bench")
class CliFuzzBenchmark {

    private static final int PROGRESS_EVERY = 250;

    @Test
    void tenThousandMutations() throws Exception {
        int cases = Integer.getInteger("fuzz.cases", 10_000);
        long start = System.nanoTime();
        int[] defectsShown = {0};
        FuzzReport report = new CliFuzzer(Path.of("target/fuzz-bench"), 60_000).run(1L, cases, selected(),
                tally -> {
                    tally.defects().stream().skip(defectsShown[0]).forEach(d -> System.out.println("defect: " + d));
                    defectsShown[0] = tally.defects().size();
                    if (tally.cases() % PROGRESS_EVERY == 0) {
                        System.out.println(tally.progressLine() + ", " + elapsed(start) + " s");
                    }
                });
        System.out.println("CLI fuzzing, " + cases + " mutations, seed 1, " + elapsed(start) + " s\n" + report);
        assertTrue(report.defects().isEmpty(), report::toString);
    }

    private static IntPredicate selected() {
        String only = System.getProperty("fuzz.only", "all").strip();
        if (only.equals("all") || only.isEmpty()) {
            return i -> true;
        }
        List<IntPredicate> parts = Arrays.stream(only.split(",")).map(String::strip).map(CliFuzzBenchmark::part)
                .toList();
        return i -> parts.stream().anyMatch(part -> part.test(i));
    }

    /** "3268" or "5000-9999" (both ends included). */
    private static IntPredicate part(String text) {
        int dash = text.indexOf('-', 1);
        if (dash < 0) {
            int only = Integer.parseInt(text);
            return i -> i == only;
        }
        int first = Integer.parseInt(text.substring(0, dash).strip());
        int last = Integer.parseInt(text.substring(dash + 1).strip());
        return i -> i >= first && i <= last;
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000_000;
    }
}
