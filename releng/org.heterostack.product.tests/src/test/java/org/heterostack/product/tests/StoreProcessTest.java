package org.heterostack.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@code analyze --store} as real processes (issue #11): killed with SIGKILL at random moments the file is always
 * the old or the new one and the next store leaves no temporary file behind; two stores at once keep both runs.
 */
class StoreProcessTest {

    private static final String TOLERANCE = "org.heterostack.engine.structure.tolerance";
    private static final String LAYERED = "org.heterostack.engine.structure.layered";
    private static final Pattern RUN_TIMES = Pattern.compile(" (timestamp|durationSeconds)=\"[^\"]*\"");
    private static final Pattern ENGINE = Pattern.compile("<results [^>]*engineId=\"([^\"]+)\"");

    private static Path copyOfExample(String name) throws IOException {
        Path directory = Files.createDirectories(ScriptRun.WORK.resolve(name + "-" + System.nanoTime()));
        Path copy = directory.resolve("cell.hstack");
        Files.copy(ScriptRun.REPOSITORY.resolve("examples/ba-mapbi3-nip.hstack"), copy,
                StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    private static Process start(Path file, String engine) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(ScriptRun.REPOSITORY.resolve("heterostack").toString(), "analyze",
                file.toString(), "--engine", engine, "--store").directory(ScriptRun.REPOSITORY.toFile());
        builder.environment().put("JAVA_HOME", ScriptRun.JAVA_HOME.toString());
        builder.environment().put("HETEROSTACK_PRODUCT", ScriptRun.PRODUCT.toString());
        builder.environment().remove("DISPLAY");
        return builder.redirectOutput(File.createTempFile("store", ".out", ScriptRun.WORK.toFile()))
                .redirectError(File.createTempFile("store", ".err", ScriptRun.WORK.toFile())).start();
    }

    private static Set<String> storedEngines(Path file) throws IOException {
        Matcher matcher = ENGINE.matcher(Files.readString(file));
        Set<String> engines = new java.util.TreeSet<>();
        while (matcher.find()) {
            engines.add(matcher.group(1));
        }
        return engines;
    }

    /** The file's text without the provenance's run time stamp and duration, which every store writes anew. */
    private static String withoutRunTimes(byte[] file) {
        return RUN_TIMES.matcher(new String(file, java.nio.charset.StandardCharsets.UTF_8)).replaceAll("");
    }

    private static Set<String> namesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    @Test
    void aStoreKilledAtAnyMomentLeavesTheOldOrTheNewFile() throws Exception {
        Path file = copyOfExample("killed");
        byte[] original = Files.readAllBytes(file);
        assertEquals(0, start(file, TOLERANCE).waitFor(), "a first, complete store");
        byte[] stored = Files.readAllBytes(file);
        Random random = new Random(11);
        int kills = 6;
        for (int i = 0; i < kills; i++) {
            Process store = start(file, TOLERANCE);
            Thread.sleep(1500 + random.nextInt(2500));
            store.descendants().forEach(ProcessHandle::destroyForcibly);
            store.destroyForcibly();
            store.waitFor(30, TimeUnit.SECONDS);
            byte[] now = Files.readAllBytes(file);
            // a store that completes before the kill writes the new file again, with its own time stamp and duration
            assertTrue(withoutRunTimes(now).equals(withoutRunTimes(stored)) || java.util.Arrays.equals(now, original),
                    "kill " + i + ": the file is whole, old or new");
        }
        ScriptRun next = ScriptRun.heterostack(noDisplay(), "analyze", file.toString(), "--engine", TOLERANCE,
                "--store");
        assertEquals(0, next.exitCode(), next.toString());
        assertEquals(Set.of("cell.hstack"), namesIn(file.getParent()), "no temporary file left behind");
    }

    @Test
    void twoStoresAtOnceKeepBothRuns() throws Exception {
        for (int pair = 0; pair < 2; pair++) {
            Path file = copyOfExample("concurrent");
            List<Process> stores = new ArrayList<>(List.of(start(file, TOLERANCE), start(file, LAYERED)));
            for (Process store : stores) {
                assertTrue(store.waitFor(3, TimeUnit.MINUTES), "the store ends");
                assertEquals(0, store.exitValue());
            }
            assertEquals(Set.of(LAYERED, TOLERANCE), storedEngines(file), "pair " + pair + ": both runs stored");
        }
    }

    private static Map<String, String> noDisplay() {
        Map<String, String> env = new HashMap<>();
        env.put("DISPLAY", null);
        env.put("WAYLAND_DISPLAY", null);
        return env;
    }
}
