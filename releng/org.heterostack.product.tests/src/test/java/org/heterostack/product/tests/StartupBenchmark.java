package org.heterostack.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Start-up times of the product as a user meets them (issue #17), whole process through {@code ./heterostack}:
 * {@code --version}, {@code engines}, {@code analyze} of one fast engine, the IonMonger reference drift-diffusion
 * run, and the time to the first workbench window on a new and on an existing workspace. Each is run
 * {@code heterostack.bench.runs} times (default 5) after one first run, which is reported on its own: it is the
 * one that pays for the caches the later runs reuse (the benchmark starts with an empty cache directory). Then a
 * profile of one {@code analyze} and one workbench start shows where the time goes ({@link StartupProfile}).
 * Prints figures; asserts only that every run succeeds.
 * {@code ./mvnw -o -B verify -Pbench -f releng/org.heterostack.product.tests/pom.xml -Dtest=StartupBenchmark}
 */
@Tag("bench")
class StartupBenchmark {

    private static final int RUNS = Integer.getInteger("heterostack.bench.runs", 5);
    private static final String EXAMPLE = ScriptRun.REPOSITORY.resolve("examples/ba-mapbi3-nip.hstack").toString();
    private static final String IONMONGER = ScriptRun.REPOSITORY.resolve("examples/ionmonger-reference.hstack")
            .toString();
    private static final String READY = "HETEROSTACK-WORKBENCH-READY";
    /** Where ./heterostack keeps its caches during the benchmark: empty at its start. */
    private static final Path CACHE = ScriptRun.WORK.resolve("bench-cache-" + System.nanoTime());

    @Test
    void commandLine() throws Exception {
        measureCommand("--version", "--version");
        measureCommand("engines", "engines");
        measureCommand("analyze, tolerance engine", "analyze", EXAMPLE, "--engine",
                "org.heterostack.engine.structure.tolerance");
        measureCommand("IonMonger reference, drift-diffusion", "analyze", IONMONGER, "--engine",
                "org.heterostack.engine.device.driftdiffusion");
    }

    @Test
    void firstWorkbenchWindow() throws Exception {
        double[] fresh = new double[RUNS + 1];
        for (int run = 0; run <= RUNS; run++) {
            fresh[run] = timeToFirstWindow(ScriptRun.WORK.resolve("bench-new-" + System.nanoTime()));
        }
        report("first window, new workspace", fresh);
        Path existing = ScriptRun.WORK.resolve("bench-existing-" + System.nanoTime());
        double[] reused = new double[RUNS + 1];
        timeToFirstWindow(existing); // creates the workspace (and its example projects)
        for (int run = 0; run <= RUNS; run++) {
            reused[run] = timeToFirstWindow(existing);
        }
        report("first window, existing workspace", reused);
    }

    /**
     * Profiles of one {@code analyze} and one workbench start on an existing workspace, without the start cache
     * (it hides part of the loading of the JDK's classes, not where the program spends its time).
     */
    @Test
    void whereTheTimeGoes() throws Exception {
        Path analyze = ScriptRun.WORK.resolve("profile-analyze-" + System.nanoTime() + ".jfr");
        ScriptRun run = ScriptRun.heterostack(Map.of("DISPLAY", "", "HETEROSTACK_START_CACHE", "off", "XDG_CACHE_HOME",
                CACHE.toString(), "HETEROSTACK_VMARGS", flightRecording(analyze)), "analyze", EXAMPLE, "--engine",
                "org.heterostack.engine.structure.tolerance");
        assertEquals(0, run.exitCode(), run.toString());
        System.out.println("STARTUP profile of analyze, tolerance engine (" + analyze + "):\n"
                + StartupProfile.summarize(analyze));

        Path workspace = ScriptRun.WORK.resolve("profile-workspace-" + System.nanoTime());
        timeToFirstWindow(workspace);
        Path workbench = ScriptRun.WORK.resolve("profile-workbench-" + System.nanoTime() + ".jfr");
        timeToFirstWindow(workspace, workbench);
        System.out.println("STARTUP profile of the workbench to its first window, existing workspace (" + workbench
                + "):\n" + StartupProfile.summarize(workbench));
    }

    private static String flightRecording(Path file) {
        return "-XX:StartFlightRecording=filename=" + file + ",settings=profile";
    }

    private static void measureCommand(String label, String... args) throws Exception {
        double[] seconds = new double[RUNS + 1];
        for (int run = 0; run <= RUNS; run++) {
            long start = System.nanoTime();
            ScriptRun result = ScriptRun.heterostack(Map.of("DISPLAY", "", "XDG_CACHE_HOME", CACHE.toString()), args);
            seconds[run] = (System.nanoTime() - start) / 1e9;
            assertEquals(0, result.exitCode(), result.toString());
        }
        report(label, seconds);
    }

    /** @return the 1-minute load average of the machine (other processes share its cores), or "?" */
    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.isReadable(loadavg) ? Files.readString(loadavg).split(" ")[0] : "?";
    }

    /**
     * @return seconds from starting {@code ./heterostack --data workspace} to the line that announces the first
     *         window (the workbench exits right after it)
     */
    private static double timeToFirstWindow(Path workspace) throws IOException, InterruptedException {
        return timeToFirstWindow(workspace, null);
    }

    /**
     * @param recording where to write a flight recording of the start (without the start cache); null for none
     * @return seconds from starting {@code ./heterostack --data workspace} to the line that announces the first
     *         window (the workbench exits right after it)
     */
    private static double timeToFirstWindow(Path workspace, Path recording) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(ScriptRun.REPOSITORY.resolve("heterostack").toString(), "--data",
                workspace.toString()).directory(ScriptRun.REPOSITORY.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", ScriptRun.JAVA_HOME.toString());
        builder.environment().put("HETEROSTACK_PRODUCT", ScriptRun.PRODUCT.toString());
        builder.environment().put("HETEROSTACK_VMARGS", "-Dheterostack.exitAfterStartup=true"
                + (recording == null ? "" : " " + flightRecording(recording)));
        if (recording != null) {
            builder.environment().put("HETEROSTACK_START_CACHE", "off");
        }
        builder.environment().put("XDG_CACHE_HOME", CACHE.toString());
        assertNotNull(System.getenv("DISPLAY"), "the workbench benchmark needs the build's X display");
        long start = System.nanoTime();
        Process process = builder.start();
        double seconds = Double.NaN;
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (Double.isNaN(seconds) && line.startsWith(READY)) {
                    seconds = (System.nanoTime() - start) / 1e9;
                }
                output.add(line);
            }
        }
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the workbench did not exit");
        assertEquals(0, process.exitValue(), String.join("\n", output));
        assertFalse(Double.isNaN(seconds), "no first window announced:\n" + String.join("\n", output));
        assertTrue(Files.isDirectory(workspace.resolve(".metadata")), "no workspace written");
        return seconds;
    }

    /** Prints the first run and the median, minimum and maximum of the later ones, with the machine's load. */
    private static void report(String label, double[] seconds) throws IOException {
        double[] later = Arrays.copyOfRange(seconds, 1, seconds.length);
        Arrays.sort(later);
        double median = later.length % 2 == 1 ? later[later.length / 2]
                : (later[later.length / 2 - 1] + later[later.length / 2]) / 2;
        System.out.printf("STARTUP %-38s first %6.2f s, then median %6.2f s (min %5.2f, max %5.2f, %d runs; load %s)%n",
                label, seconds[0], median, later[0], later[later.length - 1], later.length, loadAverage());
    }
}
