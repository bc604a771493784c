package org.heterostack.product.tests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of the repository's {@code ./heterostack} script against the materialised product, with its exit
 * code and output.
 */
record ScriptRun(int exitCode, String out, String err) {

    static final Path REPOSITORY = Path.of(System.getProperty("heterostack.repository", "../..")).toAbsolutePath()
            .normalize();
    static final Path PRODUCT = Path.of(System.getProperty("heterostack.product", "")).toAbsolutePath().normalize();
    static final Path JAVA_HOME = Path.of(System.getProperty("heterostack.java.home", System.getProperty("java.home")));
    static final Path WORK = Path.of(System.getProperty("heterostack.work", "target/smoke")).toAbsolutePath();

    /** Runs {@code ./heterostack args} with the product built here and a Java 21+ in JAVA_HOME. */
    static ScriptRun heterostack(Map<String, String> extraEnv, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(REPOSITORY.resolve("heterostack").toString());
        command.addAll(List.of(args));
        return run(command, extraEnv);
    }

    /**
     * Runs a command (which starts {@code ./heterostack}) in the repository with the product built here and a Java
     * 21+ in JAVA_HOME.
     */
    static ScriptRun run(List<String> command, Map<String, String> extraEnv) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(REPOSITORY.toFile());
        builder.environment().put("JAVA_HOME", JAVA_HOME.toString());
        builder.environment().put("HETEROSTACK_PRODUCT", PRODUCT.toString());
        extraEnv.forEach((key, value) -> {
            if (value == null) {
                builder.environment().remove(key);
            } else {
                builder.environment().put(key, value);
            }
        });
        Files.createDirectories(WORK);
        File out = Files.createTempFile(WORK, "out", ".txt").toFile();
        File err = Files.createTempFile(WORK, "err", ".txt").toFile();
        Process process = builder.redirectOutput(out).redirectError(err).start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end within 3 minutes");
        }
        return new ScriptRun(process.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
                Files.readString(err.toPath(), StandardCharsets.UTF_8));
    }

    /** @return the standard error lines that are not blank */
    List<String> errLines() {
        return err.lines().filter(line -> !line.isBlank()).toList();
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
}
