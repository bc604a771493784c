package org.heterostack.cli.internal.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Keeps the command line sound against damaged models: a fixed-seed sample of mutated examples (about a minute)
 * must give no crash, no hang, no refusal without a position, no broken series and no damaged file.
 * {@link CliFuzzBenchmark} runs 10,000 cases under {@code -Pbench}.
 */
class CliFuzzTest {

    @Test
    void mutatedExamplesFailCleanlyOrAnalyse() throws Exception {
        FuzzReport report = new CliFuzzer(Path.of("target/fuzz"), 30_000).run(20261205L, 150);
        System.out.println(report);
        assertEquals(150, report.cases());
        assertTrue(report.defects().isEmpty(), report::toString);
        assertTrue(report.count(Outcome.LOAD_ERROR_WITH_POSITION) > 0 && report.count(Outcome.ANALYSED)
                + report.count(Outcome.ANALYSIS_FAILED) > 0, () -> "the sample should both break and keep files: "
                        + report);
    }
}
