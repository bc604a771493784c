package org.heterostack.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@code ./heterostack} as a user types it: version, help and every kind of bad input. */
class CommandLineTest {

    @Test
    void versionPrintsProductVersionAndBuildId() throws Exception {
        ScriptRun run = ScriptRun.heterostack(Map.of(), "--version");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().matches("(?s)Heterostack 0\\.1\\.0 \\(build \\d{12}\\)\\nJava \\d+.*"), run.toString());
    }

    /** The script answers {@code --version} without starting Java: it must print what the CLI's command prints. */
    @Test
    void versionOptionPrintsWhatTheVersionCommandPrints() throws Exception {
        ScriptRun option = ScriptRun.heterostack(Map.of(), "--version");
        ScriptRun command = ScriptRun.heterostack(Map.of(), "version");
        assertEquals(0, command.exitCode(), command.toString());
        assertEquals(command.out(), option.out());
        assertEquals(command.out(), ScriptRun.heterostack(Map.of(), "-V").out());
    }

    @Test
    void helpListsTheCommandsWithoutADisplay() throws Exception {
        ScriptRun run = ScriptRun.heterostack(displayless(), "--help");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Usage:"), run.toString());
        assertTrue(run.out().contains("  version "), run.toString());
        assertTrue(run.out().contains("  install      install features from a p2 repository"), run.toString());
        assertTrue(run.out().contains("Exit codes: 0 ok, 1 an analysis failed, 2 bad input or usage."), run.toString());
    }

    @Test
    void unknownOptionIsOneClearLine() throws Exception {
        ScriptRun run = ScriptRun.heterostack(Map.of(), "--frobnicate");
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(List.of("heterostack: unknown option '--frobnicate'; try 'heterostack --help'"), run.errLines());
    }

    @Test
    void unknownCommandIsOneClearLine() throws Exception {
        ScriptRun run = ScriptRun.heterostack(Map.of(), "frobnicate");
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(List.of("heterostack: unknown command 'frobnicate'; commands: help, version, engines, analyze, study"), run.errLines());
    }

    @Test
    void unwritableWorkspaceIsOneClearLine() throws Exception {
        ScriptRun run = ScriptRun.heterostack(Map.of("DISPLAY", ":0"), "--data", "/proc/heterostack-workspace");
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(List.of("heterostack: cannot create the workspace /proc/heterostack-workspace;"
                + " choose another with --data DIR"), run.errLines());
    }

    @Test
    void noDisplayIsOneClearLine() throws Exception {
        ScriptRun run = ScriptRun.heterostack(displayless(), "--data", ScriptRun.WORK.resolve("nodisplay").toString());
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.errLines().get(0).startsWith("heterostack: no display:"), run.toString());
    }

    @Test
    void withoutJava21ItSaysWhatToInstall() throws Exception {
        // a PATH with the tools the script uses and an old java only, no JAVA_HOME and no JVM directory to search
        Path bin = Files.createDirectories(ScriptRun.WORK.resolve("old-java-" + System.nanoTime()));
        for (String tool : List.of("bash", "env", "dirname", "readlink", "sed", "awk", "head", "ls", "sort", "cat")) {
            Files.createSymbolicLink(bin.resolve(tool), which(tool));
        }
        Path java = bin.resolve("java");
        Files.writeString(java, "#!" + which("sh") + "\necho 'openjdk version \"17.0.15\" 2025-04-15' >&2\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", null);
        env.put("PATH", bin.toString());
        env.put("HETEROSTACK_JVM_DIRS", ScriptRun.WORK.resolve("no-jvms").toString());
        ScriptRun run = ScriptRun.heterostack(env, "--version");
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().size(), run.toString());
        assertTrue(run.errLines().get(0).startsWith("heterostack: Heterostack needs Java 21 or newer and found none"),
                run.toString());
    }

    @Test
    void enginesAreListedAsJson() throws Exception {
        ScriptRun run = ScriptRun.heterostack(displayless(), "engines", "--json");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("{\"engines\":["), run.toString());
    }

    @Test
    void analyzeOfABrokenFileExitsTwoWithTheFilesDiagnostic() throws Exception {
        Path broken = Files.createDirectories(ScriptRun.WORK).resolve("broken.hstack");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<hstack:HeterostackModel xmlns:hstack=\"http://heterostack.org/model/1.0\"\n  name=\"x\">\n  <devices");
        ScriptRun run = ScriptRun.heterostack(displayless(), "analyze", broken.toString(), "--json");
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.out().isEmpty(), run.toString());
        String last = run.errLines().get(run.errLines().size() - 1);
        assertTrue(last.startsWith("heterostack: " + broken + ":") && last.contains(": error: "), run.toString());
    }

    /** Several files in one process: one JSON line each, a broken file among them does not stop the others. */
    @Test
    void analyzeOfSeveralFilesIsOneJsonLinePerFile() throws Exception {
        Path broken = Files.createDirectories(ScriptRun.WORK).resolve("broken-in-batch.hstack");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<hstack:HeterostackModel");
        String first = ScriptRun.REPOSITORY.resolve("examples/ba-mapbi3-nip.hstack").toString();
        String last = ScriptRun.REPOSITORY.resolve("examples/ionmonger-reference.hstack").toString();
        ScriptRun run = ScriptRun.heterostack(displayless(), "analyze", first, broken.toString(), last, "--engine",
                "org.heterostack.engine.structure.tolerance", "--target", "MAPbI3", "--json");
        assertEquals(2, run.exitCode(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.toString());
        assertTrue(lines.get(0).startsWith("{\"file\":\"" + first + "\",\"results\":[{"), run.toString());
        assertTrue(lines.get(1).startsWith("{\"file\":\"" + broken + "\",\"error\":"), run.toString());
        assertTrue(lines.get(2).startsWith("{\"file\":\"" + last + "\",\"results\":[{"), run.toString());
    }

    @Test
    void analyzeWithoutAFileIsUsage() throws Exception {
        ScriptRun run = ScriptRun.heterostack(displayless(), "analyze");
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(List.of("heterostack: analyze needs a model file; usage: heterostack analyze FILE... [--engine ID]..."
                + " [--target NAME]... [--set NAME.FEATURE=VALUE]... [--setting NAME=VALUE]... [--json] [--store]"
                + " [--no-validate] [--timeout SECONDS]"),
                run.errLines());
    }

    /** {@code --store} writes the results into the file; a second run replaces them instead of adding copies. */
    @Test
    void analyzeStoreWritesTheResultsIntoTheFileOncePerObjectAndEngine() throws Exception {
        Path copy = Files.createDirectories(ScriptRun.WORK).resolve("stored.hstack");
        Files.copy(ScriptRun.REPOSITORY.resolve("examples/ba-mapbi3-nip.hstack"), copy,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String tolerance = "org.heterostack.engine.structure.tolerance";
        ScriptRun first = ScriptRun.heterostack(displayless(), "analyze", copy.toString(), "--engine", tolerance, "--store");
        assertEquals(0, first.exitCode(), first.toString());
        assertTrue(first.out().contains(" results stored in " + copy), first.toString());
        long afterFirst = Files.readString(copy).split("<results ", -1).length - 1;
        assertTrue(afterFirst > 0, "results are in the file");
        ScriptRun second = ScriptRun.heterostack(displayless(), "analyze", copy.toString(), "--engine", tolerance, "--store");
        assertEquals(0, second.exitCode(), second.toString());
        assertEquals(afterFirst, Files.readString(copy).split("<results ", -1).length - 1,
                "the second run replaced the first run's results");
        ScriptRun reread = ScriptRun.heterostack(displayless(), "analyze", copy.toString(), "--engine", tolerance);
        assertEquals(0, reread.exitCode(), "the file with its stored results still loads: " + reread);
    }

    @Test
    void analyzeStoreWithSetIsUsage() throws Exception {
        ScriptRun run = ScriptRun.heterostack(displayless(), "analyze",
                ScriptRun.REPOSITORY.resolve("examples/ba-mapbi3-nip.hstack").toString(), "--set", "MAPbI3.bandGapEv=1.6",
                "--store");
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(List.of("heterostack: analyze: --store cannot be combined with --set: the results would not be"
                + " those of the model in the file"), run.errLines());
    }

    @Test
    void analyzeRefusesAnInvalidModelBeforeAnyEngineRuns() throws Exception {
        Path invalid = Files.createDirectories(ScriptRun.WORK).resolve("invalid.hstack");
        Files.writeString(invalid, Files.readString(ScriptRun.REPOSITORY.resolve("examples/ba-mapbi3-nip.hstack"))
                .replace("fraction=\"1.0\"", "fraction=\"5.0\""));
        ScriptRun run = ScriptRun.heterostack(displayless(), "analyze", invalid.toString(), "--json");
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals("", run.out(), "nothing analysed");
        assertTrue(run.err().contains(invalid + ": error: 2D perovskite "), run.toString());
        assertTrue(run.err().contains("n-phase fractions sum to 5, not 1"), run.toString());
        assertTrue(run.errLines().get(run.errLines().size() - 1).startsWith("heterostack: " + invalid
                + " is not a valid model ("), run.toString());
        ScriptRun anyway = ScriptRun.heterostack(displayless(), "analyze", invalid.toString(), "--no-validate",
                "--engine", "org.heterostack.engine.structure.tolerance");
        assertTrue(anyway.exitCode() < 2, anyway.toString());
        assertTrue(anyway.err().contains(invalid + ": warning: "), anyway.toString());
    }

    @Test
    void setRefusesNumbersOutsideTheDocumentedSyntax() throws Exception {
        String example = ScriptRun.REPOSITORY.resolve("examples/ba-mapbi3-nip.hstack").toString();
        for (String value : List.of("NaN", "Infinity", "1e400", "0x1p3")) {
            ScriptRun run = ScriptRun.heterostack(displayless(), "analyze", example, "--set",
                    "MAPbI3.bandGapEv=" + value);
            assertEquals(2, run.exitCode(), run.toString());
            assertTrue(run.errLines().get(0).startsWith("heterostack: --set MAPbI3.bandGapEv=" + value
                    + ": bandGapEv must be a number; '" + value + "' "), run.toString());
        }
    }

    private static Path which(String tool) {
        for (String dir : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(tool + " is not on PATH");
    }

    private static Map<String, String> displayless() {
        Map<String, String> env = new HashMap<>();
        env.put("DISPLAY", null);
        env.put("WAYLAND_DISPLAY", null);
        return env;
    }
}
