package org.heterostack.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Tycho reactor other than this build's (the third-party example, a later Heterostack build), built offline with
 * this checkout's Maven wrapper, and the file operations that prepare it.
 */
final class Reactor {

    private Reactor() {
    }

    /**
     * Runs {@code ./mvnw -o -B -q verify} in {@code reactor} with the given {@code -D} properties.
     *
     * @param log where Maven's output goes
     * @throws AssertionError naming the log if the build fails
     */
    static void verify(Path reactor, Path log, String... properties) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ScriptRun.REPOSITORY.resolve("mvnw").toString(), "-o", "-B",
                "-q", "verify"));
        for (String property : properties) {
            command.add("-D" + property);
        }
        assertEquals(0, run(command, reactor, log), "the reactor " + reactor + " did not build offline; see " + log);
    }

    /**
     * Runs a command with the build's Java in JAVA_HOME.
     *
     * @return its exit code
     */
    static int run(List<String> command, Path directory, Path log) throws IOException, InterruptedException {
        Files.createDirectories(ScriptRun.WORK);
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("JAVA_HOME", ScriptRun.JAVA_HOME.toString());
        Process process = builder.start();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end within 15 minutes");
        }
        return process.exitValue();
    }

    /**
     * Copies a module's sources: every file under {@code source} but its build output and those named in
     * {@code except} at its top.
     */
    static void copySources(Path source, Path target, Set<String> except) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = source.relativize(file);
                String top = relative.getNameCount() == 0 ? "" : relative.getName(0).toString();
                if (top.equals("target") || top.equals("bin") || except.contains(top)) {
                    continue;
                }
                Path copy = target.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
    }

    /** Deletes a file or a folder with everything in it; nothing if it is not there. */
    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
