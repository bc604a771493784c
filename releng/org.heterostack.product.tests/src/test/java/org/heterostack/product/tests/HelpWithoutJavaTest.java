package org.heterostack.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * {@code ./heterostack --help}, {@code -h} and {@code help} are answered from the product's help.txt without
 * starting Java; the file is what the product's CLI prints for {@code help} (written when the product is built), and
 * the script uses it only when it was written by the CLI bundle the installation runs.
 */
class HelpWithoutJavaTest {

    private static final String HELP_FILE = "help.txt";

    /** A Java whose {@code release} file says 25 but which, when started, leaves a mark and fails. */
    @Test
    void helpIsAnsweredWithoutStartingJava() throws Exception {
        Path javaHome = Files.createDirectories(ScriptRun.WORK.resolve("java-not-to-start-" + System.nanoTime()));
        Files.writeString(javaHome.resolve("release"), "JAVA_VERSION=\"25.0.1\"\nIMPLEMENTOR=\"Nobody\"\n");
        Path started = javaHome.resolve("started");
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\ntouch '" + started + "'\nexit 99\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        String expected = Files.readString(ScriptRun.PRODUCT.resolve(HELP_FILE));
        for (String option : List.of("--help", "-h", "help")) {
            ScriptRun run = ScriptRun.heterostack(environment(Map.of("JAVA_HOME", javaHome.toString())), option);
            assertEquals(0, run.exitCode(), option + ": " + run);
            assertEquals(expected, run.out(), option);
            assertEquals("", run.err(), option);
        }
        assertFalse(Files.exists(started), "Java was started");
    }

    /** Without help.txt the CLI answers: what it prints is what the file holds. */
    @Test
    void theHelpFileIsWhatTheCliPrints() throws Exception {
        Path product = productWithout(HELP_FILE);
        ScriptRun cli = ScriptRun.heterostack(environment(Map.of("HETEROSTACK_PRODUCT", product.toString())), "help");
        assertEquals(0, cli.exitCode(), cli.toString());
        assertTrue(cli.out().contains("Usage:"), cli.toString());
        assertEquals(Files.readString(ScriptRun.PRODUCT.resolve(HELP_FILE)), cli.out());
        ScriptRun option = ScriptRun.heterostack(environment(Map.of()), "--help");
        assertEquals(cli.out(), option.out());
    }

    /** A help.txt of another build of the CLI (the CLI updated through p2 since) is not used. */
    @Test
    void aHelpFileOfAnotherBuildIsNotUsed() throws Exception {
        Path product = productWithout(HELP_FILE);
        String help = Files.readString(ScriptRun.PRODUCT.resolve(HELP_FILE));
        Files.writeString(product.resolve(HELP_FILE), help.replaceFirst("\\(build [^)]*\\)", "(build 190001010000)")
                .replace("Commands:", "Stale commands:"));
        ScriptRun run = ScriptRun.heterostack(environment(Map.of("HETEROSTACK_PRODUCT", product.toString())), "-h");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(help, run.out());
    }

    private static Map<String, String> environment(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(extra);
        env.put("DISPLAY", null);
        env.put("XDG_CACHE_HOME", ScriptRun.WORK.resolve("help-cache").toString());
        return env;
    }

    /** @return a product that links to every file and directory of the built one but the one named */
    private static Path productWithout(String name) throws IOException {
        Path product = Files.createDirectories(ScriptRun.WORK.resolve("product-" + System.nanoTime()));
        try (Stream<Path> entries = Files.list(ScriptRun.PRODUCT)) {
            for (Path entry : entries.filter(entry -> !entry.getFileName().toString().equals(name)).toList()) {
                Files.createSymbolicLink(product.resolve(entry.getFileName()), entry);
            }
        }
        return product;
    }
}
