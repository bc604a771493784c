package org.heterostack.cli.internal.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code ./mvnw verify -Pbench}: 10,000 mutated examples through the command line; prints the tally. */
@Tag("bench")
class CliFuzzBenchmark {

    @Test
    void tenThousandMutations() throws Exception {
        long start = System.nanoTime();
        FuzzReport report = new CliFuzzer(Path.of("target/fuzz-bench"), 60_000).run(1L, 10_000);
        System.out.println("CLI fuzzing, 10,000 mutations, seed 1, " + (System.nanoTime() - start) / 1_000_000_000
                + " s\n" + report);
        assertTrue(report.defects().isEmpty(), report::toString);
    }
}
