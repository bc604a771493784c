package org.heterostack.ui.tests;

import static org.heterostack.ui.tests.UiTestSupport.example;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.heterostack.cli.internal.CommandLine;
import org.heterostack.engine.EngineRegistryLookup;
import org.heterostack.model.EngineCategory;
import org.heterostack.ui.internal.analysis.AnalysisJob;
import org.heterostack.ui.internal.analysis.EnginePreferences;
import org.heterostack.ui.internal.analysis.LatestAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * The two hosts of the run plan, the workbench's Analyze Model and the command line's {@code analyze}, run the same
 * engines on the same objects for the same preferences: none (every engine that applies), and a preferred
 * photophysics engine (the workbench's preference page; {@code --prefer} on the command line).
 */
class SameEnginesInBothHostsTest {

    private static final String QUANTUM_WELL = "org.heterostack.engine.photophysics.quantumwell";
    private static final String EMPIRICAL = "org.heterostack.engine.photophysics.empirical";

    @AfterEach
    void restoreAutomaticChoice() {
        EnginePreferences.setPreferredEngineId(EngineCategory.PHOTOPHYSICS, Optional.empty());
    }

    @Test
    void theCommandLineAndTheWorkbenchRunTheSameEnginesForTheSamePreferences() throws Exception {
        IFile file = example("ba-mapbi3-nip.hstack");
        List<String> everything = workbench(file, Optional.empty());
        assertEquals(everything, commandLine(file, List.of()));
        assertTrue(everything.contains("BA-MAPbI3-nip " + QUANTUM_WELL) && everything.contains("BA-MAPbI3-nip "
                + EMPIRICAL), "without a preference both photophysics engines run: " + everything);
        List<String> preferred = workbench(file, Optional.of(QUANTUM_WELL));
        assertEquals(preferred, commandLine(file, List.of("--prefer", QUANTUM_WELL)));
        assertTrue(preferred.contains("BA-MAPbI3-nip " + QUANTUM_WELL), preferred.toString());
        assertTrue(preferred.stream().noneMatch(run -> run.endsWith(EMPIRICAL)), "the preference holds: " + preferred);
        assertEquals(everything, commandLine(file, List.of("--all-engines")),
                "--all-engines runs every engine that applies");
    }

    /** "target engine" of every result of Analyze Model with this photophysics preference. */
    private static List<String> workbench(IFile file, Optional<String> photophysics) throws Exception {
        EnginePreferences.setPreferredEngineId(EngineCategory.PHOTOPHYSICS, photophysics);
        AnalysisJob job = new AnalysisJob(file, EngineRegistryLookup.registry(), false);
        job.schedule();
        assertTrue(job.join(180_000, new NullProgressMonitor()), "the analysis did not finish in 3 minutes");
        return LatestAnalysis.get().orElseThrow().results().stream()
                .map(r -> r.getTarget().getName() + " " + r.getEngineId()).toList();
    }

    /** "target engine" of every result of {@code heterostack analyze FILE --json OPTIONS}, run in this process. */
    private static List<String> commandLine(IFile file, List<String> options) {
        List<String> args = new ArrayList<>(List.of("analyze", file.getLocation().toOSString(), "--json"));
        args.addAll(options);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CommandLine().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertTrue(exit < 2, err.toString(StandardCharsets.UTF_8));
        List<String> runs = new ArrayList<>();
        for (JsonElement result : JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject()
                .getAsJsonArray("results")) {
            runs.add(result.getAsJsonObject().get("target").getAsString() + " "
                    + result.getAsJsonObject().get("engine").getAsString());
        }
        return runs;
    }
}
