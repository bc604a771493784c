package org.heterostack.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code heterostack analyze FILE FILE...} in this process: one JSON line per file (a file that does not load
 * too), a header per file and a summary in text, the worst of the files' exit codes, and a mistake of the whole
 * command reported once before any file is read.
 */
class AnalyzeBatchTest {

    private static final String TOLERANCE = "org.heterostack.engine.structure.tolerance";

    @TempDir
    Path directory;

    @BeforeAll
    static void engines() throws InterruptedException {
        TestInstallation.waitForEngines();
    }

    private String example(String name) throws Exception {
        Path file = directory.resolve(name);
        Files.write(file, TestInstallation.example(name));
        return file.toString();
    }

    private String broken() throws Exception {
        Path file = directory.resolve("broken.hstack");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<hstack:HeterostackModel "
                + "xmlns:hstack=\"http://heterostack.org/model/1.0\" name=\"x\">\n  <devices");
        return file.toString();
    }

    @Test
    void eachFileIsOneJsonLineAndAFileThatDoesNotLoadDoesNotStopTheOthers() throws Exception {
        String first = example("ba-mapbi3-nip.hstack");
        String broken = broken();
        String last = example("ionmonger-reference.hstack");
        CliRun run = CliRun.of("analyze", first, broken, last, "--engine", TOLERANCE, "--target", "MAPbI3", "--json");
        assertEquals(ExitCode.USAGE, run.exit(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.toString());
        assertTrue(lines.get(0).startsWith("{\"file\":\"" + first + "\",\"results\":[{\"target\":\"MAPbI3\",\"engine\":\""
                + TOLERANCE + "\""), lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"file\":\"" + broken + "\",\"error\":\"" + broken + ":")
                && lines.get(1).endsWith("\",\"results\":[]}"), lines.get(1));
        assertTrue(lines.get(2).startsWith("{\"file\":\"" + last + "\",\"results\":[{\"target\":\"MAPbI3\""), lines.get(2));
        assertTrue(lines.get(2).contains("\"status\":\"ok\""), lines.get(2));
        assertTrue(run.err().lines().anyMatch(line -> line.startsWith("heterostack: " + broken + ":")), run.err());
    }

    @Test
    void textHasAHeaderPerFileAndASummary() throws Exception {
        String first = example("ba-mapbi3-nip.hstack");
        String last = example("ionmonger-reference.hstack");
        CliRun run = CliRun.of("analyze", first, last, "--engine", TOLERANCE, "--target", "MAPbI3");
        assertEquals(ExitCode.OK, run.exit(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals("== " + first + " ==", lines.get(0));
        assertTrue(lines.get(1).startsWith("MAPbI3 / " + TOLERANCE + " "), run.out());
        assertTrue(lines.contains("== " + last + " =="), run.out());
        assertEquals("2 files: 2 analysed, 0 with a failed analysis, 0 not analysed", lines.get(lines.size() - 1));
        assertEquals("", run.err());
    }

    @Test
    void theExitCodeIsTheWorstOfTheFiles() throws Exception {
        String first = example("ba-mapbi3-nip.hstack");
        String last = example("ionmonger-reference.hstack");
        // the tolerance engine does not apply to a transport material: a failed result in each file
        CliRun failed = CliRun.of("analyze", first, last, "--engine", TOLERANCE, "--target", "TiO2");
        assertEquals(ExitCode.ANALYSIS_FAILED, failed.exit(), failed.toString());
        assertTrue(failed.out().endsWith("2 files: 0 analysed, 2 with a failed analysis, 0 not analysed"
                + System.lineSeparator()), failed.out());
        // only the first file has a material named BA
        CliRun refused = CliRun.of("analyze", first, last, "--engine", "org.heterostack.engine.structure.ligand",
                "--target", "BA");
        assertEquals(ExitCode.USAGE, refused.exit(), refused.toString());
        assertTrue(refused.out().contains("not analysed: no object named 'BA' "), refused.out());
        assertTrue(refused.out().endsWith("2 files: 1 analysed, 0 with a failed analysis, 1 not analysed"
                + System.lineSeparator()), refused.out());
    }

    @Test
    void storeWritesEachFile() throws Exception {
        String first = example("ba-mapbi3-nip.hstack");
        String last = example("ionmonger-reference.hstack");
        CliRun run = CliRun.of("analyze", first, last, "--engine", TOLERANCE, "--store");
        assertEquals(ExitCode.OK, run.exit(), run.toString());
        assertTrue(run.out().contains(" results stored in " + first) && run.out().contains(" results stored in " + last),
                run.out());
        assertTrue(Files.readString(Path.of(first)).contains(TOLERANCE), "stored in the first file");
        assertTrue(Files.readString(Path.of(last)).contains(TOLERANCE), "stored in the last file");
    }

    @Test
    void aMistakeOfTheWholeCommandIsReportedOnceBeforeAnyFile() throws Exception {
        CliRun run = CliRun.of("analyze", example("ba-mapbi3-nip.hstack"), broken(), "--engine", "no.such.engine",
                "--json");
        assertEquals(ExitCode.USAGE, run.exit(), run.toString());
        assertEquals("", run.out());
        assertEquals(List.of("heterostack: no engine 'no.such.engine' is installed; 'heterostack engines' lists them"),
                run.err().lines().toList());
    }
}
