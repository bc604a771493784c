package org.heterostack.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.heterostack.engine.AnalysisRunner;
import org.heterostack.model.HeterostackModel;
import org.heterostack.study.PlannedEngine;
import org.heterostack.study.ResultStore;
import org.heterostack.study.StatePoint;
import org.heterostack.study.StudyPlan;
import org.heterostack.study.internal.SegmentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import com.google.gson.Gson;

/**
 * A study process killed with SIGKILL at random moments and started again finishes with every evaluation committed
 * exactly once: nothing lost, nothing twice.
 */
class KillResumeTest {

    @TempDir
    Path directory;

    @Test
    void aRunKilledAtRandomMomentsResumesWithNoLossAndNoDuplicate() throws Exception {
        Path model = directory.resolve("study.hstack");
        Files.writeString(model, TestStudies.file(ResumeMain.STUDY));
        Path store = directory.resolve("results");
        Path index = directory.resolve("index.sqlite");
        Random random = new Random(18);
        int killed = 0;
        for (int attempt = 0; attempt < 4; attempt++) {
            Process process = start(model, store, index);
            if (!process.waitFor(600 + random.nextInt(1400), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                killed++;
            }
        }
        Process last = start(model, store, index);
        assertTrue(last.waitFor(120, TimeUnit.SECONDS), "the last run finishes");
        String output = new String(last.getInputStream().readAllBytes());
        assertEquals(0, last.exitValue(), output);
        assertTrue(killed >= 2, "at least two runs were killed mid-way (" + killed + ")");

        StudyPlan plan = TestStudies.plan(TestStudies.load(TestStudies.file(ResumeMain.STUDY)), ResumeMain.engines());
        Set<String> expected = new HashSet<>();
        for (StatePoint point : plan.space()) {
            for (PlannedEngine engine : plan.engines()) {
                expected.add(engine.evaluationKey(point.id()));
            }
        }
        Map<String, Integer> committed = new HashMap<>();
        for (Path segment : ResultStore.segments(store)) {
            SegmentReader.read(segment, 0, (line, end) -> {
                if ("evaluation".equals(line.get("kind").getAsString())) {
                    committed.merge(line.get("key").getAsString(), 1, Integer::sum);
                }
            });
        }
        assertEquals(2400, expected.size());
        assertEquals(expected, committed.keySet(), "every evaluation is committed");
        assertEquals(Set.of(1), new HashSet<>(committed.values()), "no evaluation is committed twice");
        assertTrue(output.contains("summary 0 2400 0 2400") || output.matches("(?s).*summary \\d+ \\d+ 0 2400.*"),
                output);
    }

    private static Process start(Path model, Path store, Path index) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", classPath(), ResumeMain.class.getName(),
                model.toString(), store.toString(), index.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** The class path of the bundles the study process needs, as plain jars and class directories. */
    private static String classPath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (Class<?> type : List.of(KillResumeTest.class, StudyPlan.class, HeterostackModel.class,
                AnalysisRunner.class, EObject.class, org.eclipse.emf.common.util.URI.class,
                org.eclipse.emf.ecore.xmi.XMLResource.class, IProgressMonitor.class, Gson.class,
                org.sqlite.SQLiteDataSource.class)) {
            File file = FileLocator.getBundleFileLocation(FrameworkUtil.getBundle(type)).orElseThrow();
            File classes = new File(file, "target/classes");
            entries.add(file.isDirectory() && classes.isDirectory() ? classes.toString() : file.toString());
        }
        try {
            // the OSGi framework (for org.osgi.framework.VersionRange), from the class path of the test runtime
            entries.add(Path.of(Bundle.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        return String.join(File.pathSeparator, entries);
    }
}
