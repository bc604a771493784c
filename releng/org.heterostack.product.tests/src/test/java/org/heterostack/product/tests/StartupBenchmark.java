package org.heterostack.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Start-up times of the product as a user meets them (issue #17), whole process through {@code ./heterostack}:
 * {@code --version}, {@code engines}, {@code analyze} of one fast engine, the IonMonger reference drift-diffusion
 * run, and the time to the first workbench window on a new and on an existing workspace. Each is run
 * {@code heterostack.bench.runs} times (default 5) after one first run, which is reported on its own: it is the
 * one that pays for the caches the later runs reuse (the benchmark starts with an empty cache directory). Beside
 * each time it prints the CPU time (user and system) the start used, which depends less on what else runs on the
 * machine than the wall-clock time, and the machine's load averages. Then a profile of one {@code analyze} and one
 * workbench start shows where the time goes ({@link StartupProfile}). Prints figures; asserts only that every run
 * succeeds.
 * {@code ./mvnw -o -B verify -Pbench -f releng/org.heterostack.product.tests/pom.xml -Dtest=StartupBenchmark}
 * ({@code -Dheterostack.bench.product=DIR} measures another materialised product, e.g. one built from an earlier
 * commit, with the same harness)
 */
@Tag("bench")
class StartupBenchmark {

    private static final int RUNS = Integer.getInteger("heterostack.bench.runs", 5);
    private static final String EXAMPLE = ScriptRun.REPOSITORY.resolve("examples/ba-mapbi3-nip.hstack").toString();
    private static final String IONMONGER = ScriptRun.REPOSITORY.resolve("examples/ionmonger-reference.hstack")
            .toString();
    /** The workbench's announcement of its first window, with the CPU time used by then (not by earlier builds). */
    private static final Pattern READY = Pattern.compile("HETEROSTACK-WORKBENCH-READY \\d+ ms(?:, CPU (\\d+) ms)?");
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
        Start[] fresh = new Start[RUNS + 1];
        for (int run = 0; run <= RUNS; run++) {
            fresh[run] = timeToFirstWindow(ScriptRun.WORK.resolve("bench-new-" + System.nanoTime()));
            awaitStartCaches();
        }
        report("first window, new workspace", fresh);
        Path existing = ScriptRun.WORK.resolve("bench-existing-" + System.nanoTime());
        Start[] reused = new Start[RUNS + 1];
        timeToFirstWindow(existing); // creates the workspace (and its example projects)
        for (int run = 0; run <= RUNS; run++) {
            reused[run] = timeToFirstWindow(existing);
            awaitStartCaches();
        }
        report("first window, existing workspace", reused);
    }

    /**
     * One start.
     *
     * @param seconds    wall-clock seconds to the end of the command or to the first window
     * @param cpuSeconds CPU seconds (user and system, every thread) the start used by then
     */
    private record Start(double seconds, double cpuSeconds) {
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

    /**
     * Runs {@code ./heterostack args} under bash, whose {@code times} gives the CPU time of the script and the JVM
     * it waited for (not of the start cache made in the background after a first run).
     */
    private static void measureCommand(String label, String... args) throws Exception {
        Start[] starts = new Start[RUNS + 1];
        Path times = ScriptRun.WORK.resolve("times-" + System.nanoTime());
        List<String> command = new ArrayList<>(List.of("bash", "-c",
                "times=$1; shift; \"$@\"; code=$?; times > \"$times\"; exit $code", "bash", times.toString(),
                ScriptRun.REPOSITORY.resolve("heterostack").toString()));
        command.addAll(List.of(args));
        for (int run = 0; run <= RUNS; run++) {
            long start = System.nanoTime();
            ScriptRun result = ScriptRun.run(command, Map.of("DISPLAY", "", "XDG_CACHE_HOME", CACHE.toString()));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(0, result.exitCode(), result.toString());
            starts[run] = new Start(seconds, childrenCpuSeconds(Files.readAllLines(times)));
            awaitStartCaches();
        }
        report(label, starts);
    }

    /**
     * Waits until the start caches a first run recorded are made: ./heterostack makes them in the background after
     * that run, which would otherwise take a core from the next runs and leave them without the cache (they were
     * measured 0.3 s slower for analyze). The recording ({@code *.aotconf}) is removed when its cache is made.
     */
    private static void awaitStartCaches() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (!Files.isDirectory(CACHE)) {
                return;
            }
            try (Stream<Path> files = Files.walk(CACHE, 3)) {
                if (files.noneMatch(file -> file.getFileName().toString().endsWith(".aotconf"))) {
                    return;
                }
            } catch (UncheckedIOException e) {
                // a file went while the directory was listed: look again
            }
            Thread.sleep(200);
        }
        fail("the start caches were not made within 2 minutes: " + CACHE);
    }

    /**
     * @param times the lines of bash's {@code times}: the shell's user and system time, then its children's
     *              ({@code 0m2.790s 0m0.660s})
     * @return the children's user plus system seconds
     */
    private static double childrenCpuSeconds(List<String> times) {
        double seconds = 0;
        Matcher time = Pattern.compile("(\\d+)m([\\d.]+)s").matcher(times.get(1));
        while (time.find()) {
            seconds += Integer.parseInt(time.group(1)) * 60 + Double.parseDouble(time.group(2));
        }
        return seconds;
    }

    /** @return the 1-, 5- and 15-minute load averages of the machine (other processes share its cores), or "?" */
    private static String loadAverage() throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        return Files.isReadable(loadavg) ? String.join(" ", Arrays.copyOf(Files.readString(loadavg).split(" "), 3))
                : "?";
    }

    /**
     * @return seconds from starting {@code ./heterostack --data workspace} to the line that announces the first
     *         window (the workbench exits right after it), and the CPU time the workbench says it used by then
     */
    private static Start timeToFirstWindow(Path workspace) throws IOException, InterruptedException {
        return timeToFirstWindow(workspace, null);
    }

    /**
     * @param recording where to write a flight recording of the start (without the start cache); null for none
     * @return seconds from starting {@code ./heterostack --data workspace} to the line that announces the first
     *         window (the workbench exits right after it), and the CPU time the workbench says it used by then
     */
    private static Start timeToFirstWindow(Path workspace, Path recording) throws IOException, InterruptedException {
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
        double cpuSeconds = Double.NaN;
        List<String> output = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                Matcher ready = READY.matcher(line);
                if (Double.isNaN(seconds) && ready.lookingAt()) {
                    seconds = (System.nanoTime() - start) / 1e9;
                    cpuSeconds = ready.group(1) == null ? Double.NaN : Long.parseLong(ready.group(1)) / 1e3;
                }
                output.add(line);
            }
        }
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the workbench did not exit");
        assertEquals(0, process.exitValue(), String.join("\n", output));
        assertFalse(Double.isNaN(seconds), "no first window announced:\n" + String.join("\n", output));
        assertTrue(Files.isDirectory(workspace.resolve(".metadata")), "no workspace written");
        return new Start(seconds, cpuSeconds);
    }

    /**
     * Prints the first run and the median, minimum and maximum of the later ones, wall-clock and CPU time, with the
     * machine's load averages.
     */
    private static void report(String label, Start[] starts) throws IOException {
        double[] later = Arrays.stream(starts).skip(1).mapToDouble(Start::seconds).sorted().toArray();
        double[] laterCpu = Arrays.stream(starts).skip(1).mapToDouble(Start::cpuSeconds).sorted().toArray();
        System.out.printf("STARTUP %-36s first %6.2f s (CPU %5.2f s), then median %5.2f s (min %5.2f, max %5.2f),"
                + " CPU median %5.2f s (min %5.2f, max %5.2f), %d runs; load %s%n", label, starts[0].seconds(),
                starts[0].cpuSeconds(), median(later), later[0], later[later.length - 1], median(laterCpu), laterCpu[0],
                laterCpu[laterCpu.length - 1], later.length, loadAverage());
    }

    private static double median(double[] sorted) {
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
