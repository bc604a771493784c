package org.heterostack.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Starts the materialised product's workbench under the build's X display and checks it comes up clean. */
class ProductStartTest {

    private static final Pattern READY = Pattern.compile("HETEROSTACK-WORKBENCH-READY (\\d+) ms");

    @Test
    void workbenchStartsOnANewWorkspaceWithoutErrors() throws Exception {
        Path workspace = ScriptRun.WORK.resolve("workspace-" + System.nanoTime());
        ScriptRun run = ScriptRun.heterostack(
                Map.of("HETEROSTACK_VMARGS", "-Dheterostack.exitAfterStartup=true"), "--data", workspace.toString());

        assertEquals(0, run.exitCode(), run.toString());
        Matcher ready = READY.matcher(run.out());
        assertTrue(ready.find(), "the workbench never announced its first window\n" + run);
        System.out.println("Product start to first workbench window: " + ready.group(1) + " ms (JVM start to window)");

        Path log = workspace.resolve(".metadata/.log");
        List<String> errors = Files.exists(log)
                ? Files.readAllLines(log).stream().filter(line -> line.matches("!ENTRY \\S+ 4 .*")).toList()
                : List.of();
        assertTrue(errors.isEmpty(), "the workspace log has errors:\n" + (Files.exists(log) ? Files.readString(log) : ""));
        assertTrue(Files.exists(workspace.resolve("heterostack-examples/.project")),
                "the new workspace was not given the example projects");
    }
}
