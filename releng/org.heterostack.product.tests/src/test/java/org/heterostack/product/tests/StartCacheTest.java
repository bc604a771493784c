package org.heterostack.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The JDK's ahead-of-time cache that ./heterostack keeps per kind of start (JDK 24+): the first start records
 * without changing what the command prints, the cache is made after it and used by the next start, for the
 * framework's classes too; a cache the
 * JVM cannot use changes nothing; HETEROSTACK_START_CACHE=off and a failed command make none.
 */
class StartCacheTest {

    private static final String EXAMPLE = ScriptRun.REPOSITORY.resolve("examples/ba-mapbi3-nip.hstack").toString();
    private static final String[] ANALYZE = { "analyze", EXAMPLE, "--engine", "org.heterostack.engine.structure.tolerance",
            "--json" };

    @Test
    void theFirstCommandRecordsTheNextUsesTheCache() throws Exception {
        assumeTrue(Runtime.version().feature() >= 24, "the AOT cache needs JDK 24+");
        Path cache = newCache();
        ScriptRun uncached = ScriptRun.heterostack(environment(cache, "off"), ANALYZE);
        assertEquals(0, uncached.exitCode(), uncached.toString());
        assertTrue(caches(cache, ".aot").isEmpty() && caches(cache, ".aotconf").isEmpty(),
                "HETEROSTACK_START_CACHE=off made a cache");

        ScriptRun recording = ScriptRun.heterostack(environment(cache, null), ANALYZE);
        assertEquals(0, recording.exitCode(), recording.toString());
        assertEquals(withoutRunTimes(uncached.out()), withoutRunTimes(recording.out()));
        assertEquals("", recording.err(), "the recording start printed something of its own");
        Path aot = awaitCache(cache);
        assertTrue(aot.getFileName().toString().startsWith("command-analyze-"), aot.toString());

        Path log = cache.resolve("aot.log");
        Path classes = cache.resolve("classes.log");
        Map<String, String> logged = environment(cache, null);
        logged.put("HETEROSTACK_VMARGS", "-Xlog:aot=info:file=" + log + " -Xlog:class+load=info:file=" + classes);
        ScriptRun cached = ScriptRun.heterostack(logged, ANALYZE);
        assertEquals(0, cached.exitCode(), cached.toString());
        assertEquals(withoutRunTimes(uncached.out()), withoutRunTimes(cached.out()));
        String aotLog = Files.readString(log);
        assertTrue(aotLog.contains("Opened AOT cache " + aot), aotLog);
        assertFalse(aotLog.contains("[error]"), aotLog);
        // the framework is on the class path, unsigned: its classes come from the cache too
        String loaded = Files.readString(classes);
        assertTrue(loaded.contains("org.eclipse.osgi.internal.framework.EquinoxContainer source: shared objects file"),
                loaded.lines().filter(line -> line.contains("EquinoxContainer ")).toList().toString());
    }

    @Test
    void aCacheTheJvmCannotUseIsIgnoredAndAFailedCommandMakesNone() throws Exception {
        assumeTrue(Runtime.version().feature() >= 24, "the AOT cache needs JDK 24+");
        Path cache = newCache();
        ScriptRun usage = ScriptRun.heterostack(environment(cache, null), "analyze");
        assertEquals(2, usage.exitCode(), usage.toString());
        ScriptRun engines = ScriptRun.heterostack(environment(cache, null), "engines");
        assertEquals(0, engines.exitCode(), engines.toString());
        Path aot = awaitCache(cache);
        assertEquals(List.of(aot), caches(cache, ".aot"), "only the command that succeeded has a cache");

        Files.write(aot, new byte[] { 'n', 'o', 't', ' ', 'a', 'n', ' ', 'A', 'O', 'T', ' ', 'c', 'a', 'c', 'h', 'e' });
        ScriptRun corrupt = ScriptRun.heterostack(environment(cache, null), "engines");
        assertEquals(0, corrupt.exitCode(), corrupt.toString());
        assertEquals(engines.out(), corrupt.out());
        assertEquals("", corrupt.err());
    }

    private static Path newCache() throws IOException {
        return Files.createDirectories(ScriptRun.WORK.resolve("start-cache-" + System.nanoTime()));
    }

    private static Map<String, String> environment(Path cache, String startCache) {
        Map<String, String> env = new HashMap<>();
        env.put("XDG_CACHE_HOME", cache.toString());
        env.put("HETEROSTACK_START_CACHE", startCache);
        env.put("DISPLAY", null);
        return env;
    }

    /** @return the one start cache made (in the background, after the recording start) within two minutes */
    private static Path awaitCache(Path cache) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<Path> made = caches(cache, ".aot");
            if (!made.isEmpty() && caches(cache, ".aotconf").isEmpty()) {
                assertEquals(1, made.size(), made.toString());
                return made.get(0);
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no start cache was made in " + cache + ": " + caches(cache, ""));
    }

    private static List<Path> caches(Path cache, String suffix) throws IOException {
        Path root = cache.resolve("heterostack");
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root, 2)) {
            return files.filter(file -> file.getFileName().toString().matches("(command|workbench)-.*" + suffix
                    + (suffix.isEmpty() ? ".*" : ""))).sorted().toList();
        }
    }

    /** The JSON of a run carries its time stamp and duration. */
    private static String withoutRunTimes(String json) {
        return json.replaceAll("\"(timestamp|durationSeconds|time|duration)\":(\"[^\"]*\"|[0-9.eE-]+)", "");
    }
}
