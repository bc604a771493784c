package org.heterostack.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code study} subcommands in this process, on the spacer-screening example with a private index: run, re-run
 * from the stored results, status, query (text, JSON, CSV), export, a rebuilt index that answers the same, and
 * invalidation; and their usage errors.
 */
class StudyCommandLineTest {

    @TempDir
    Path directory;

    @BeforeAll
    static void engines() throws InterruptedException {
        TestInstallation.waitForEngines();
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private Path example() throws Exception {
        Path file = directory.resolve("screening.hstack");
        Files.write(file, TestInstallation.example("spacer-screening-pin.hstack"));
        return file;
    }

    @Test
    void aStudyRunsIsReusedQueriedExportedAndInvalidated() throws Exception {
        String file = example().toString();
        String index = directory.resolve("index.sqlite").toString();
        CliRun first = run("study", "run", file, "--json", "--workers", "2", "--index", index);
        assertTrue(first.exit() < 2, first.toString());
        assertTrue(first.out().matches("\\{\"study\":\"spacer-screening\",\"candidates\":(\\d+),\"evaluations\":\\d+,"
                + "\"computed\":\\d+,\"cached\":0,\"failed\":\\d+,\"seconds\":[0-9.E-]+,\"store\":\".*\"}\\R"),
                first.toString());
        CliRun second = run("study", "run", file, "--index", index);
        assertTrue(second.exit() < 2, second.toString());
        assertTrue(second.out().contains(" evaluations: 0 computed, "), "everything reused: " + second);

        CliRun status = run("study", "status", file, "--index", index);
        assertEquals(0, status.exit(), status.toString());
        assertTrue(status.out().startsWith("study spacer-screening: "), status.toString());

        CliRun query = run("study", "query", "--json", "--where", "n >= 1", "--sort", "candidate", "--columns",
                "study,candidate,spacer,n", "--index", index);
        assertEquals(0, query.exit(), query.toString());
        assertTrue(query.out().startsWith("{\"columns\":[\"study\",\"candidate\",\"spacer\",\"n\"],\"rows\":[[\""),
                query.toString());
        CliRun csv = run("study", "query", file, "--csv", "--columns", "candidate,n", "--sort", "candidate");
        assertEquals(0, csv.exit(), csv.toString());
        assertTrue(csv.out().startsWith("candidate,n\n") || csv.out().startsWith("candidate,n\r\n"), csv.toString());
        CliRun table = run("study", "query", file, "--columns", "candidate,n", "--sort", "candidate");
        assertEquals(csv.out().lines().count() + 1, table.out().lines().count(), "a header, the rows, 'N rows'");

        assertEquals(0, run("study", "index", "--rebuild", file, "--index", index).exit());
        assertEquals(query.out(), run("study", "query", "--json", "--where", "n >= 1", "--sort", "candidate",
                "--columns", "study,candidate,spacer,n", "--index", index).out(), "the rebuilt index answers the same");

        CliRun export = run("study", "export", file);
        assertEquals(0, export.exit(), export.toString());
        assertTrue(export.out().startsWith("{\"file\":\"" + file + "\",\"evaluations\":[{\"study\":\"spacer-screening\""),
                export.out().substring(0, Math.min(300, export.out().length())));

        CliRun invalidate = run("study", "invalidate", file, "--index", index);
        assertEquals(0, invalidate.exit(), invalidate.toString());
        CliRun after = run("study", "status", file, "--json", "--index", index);
        assertTrue(after.out().contains("\"stored\":0,"), after.toString());
    }

    @Test
    void studyMistakesAreOneClearLine() throws Exception {
        String file = example().toString();
        CliRun unknown = run("study", "run", file, "--study", "nope", "--index",
                directory.resolve("i.sqlite").toString());
        assertEquals(ExitCode.USAGE, unknown.exit());
        assertEquals("heterostack: no study named 'nope' in " + file + "; its studies: spacer-screening",
                unknown.err().strip());
        assertEquals("heterostack: study run: --workers must be between 1 and 1024, got 0",
                run("study", "run", file, "--workers", "0").err().strip());
        assertEquals("heterostack: study: unknown subcommand 'frobnicate'; subcommands: run, status, query, export, "
                + "index, invalidate", run("study", "frobnicate").err().strip());
        assertTrue(run("study").err().startsWith("heterostack: study needs a subcommand: "));
        assertEquals("heterostack: study query: --json and --csv cannot be combined; choose one",
                run("study", "query", "--json", "--csv").err().strip());
        CliRun help = run("help", "study", "run");
        assertTrue(help.out().contains("--workers=N"), help.toString());
    }
}
