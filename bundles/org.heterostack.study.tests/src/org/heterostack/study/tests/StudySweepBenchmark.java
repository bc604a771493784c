package org.heterostack.study.tests;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.heterostack.model.AxisKind;
import org.heterostack.model.AxisRange;
import org.heterostack.model.EnginePin;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.ParameterAxis;
import org.heterostack.model.Study;
import org.heterostack.study.Query;
import org.heterostack.study.StudyIndex;
import org.heterostack.study.StudyPlan;
import org.heterostack.study.StudySummary;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The study layer at scale (run with {@code ./mvnw verify -Pbench}): a sweep of 100,000 candidates of the p-i-n
 * example cell (5 spacers x n = 1..5 x 4 orientations x 1,000 absorber thicknesses) through the layered-structure,
 * empirical photophysics and detailed-balance engines on two workers, with the results written to segments and
 * indexed; then the same sweep again, all of it reused; then the index rebuilt from the files and queried. Prints
 * the figures; the goals (under 30 s and 2 GB of heap for the sweep, under 3 s for the re-run) are not asserted.
 * {@code -Dheterostack.bench.thicknesses=N} changes the number of thicknesses (the sweep size is 100 N).
 */
@Tag("bench")
class StudySweepBenchmark {

    @TempDir
    Path directory;

    @Test
    void sweep100000Candidates() throws Exception {
        int thicknesses = Integer.getInteger("heterostack.bench.thicknesses", 1000);
        HeterostackModel model = Examples.load("spacer-screening-pin.hstack");
        Study study = sweep(model, thicknesses);
        StudyPlan plan = Examples.plan(study);
        Path store = directory.resolve("sweep");
        resetPeaks();
        try (StudyIndex index = StudyIndex.open(directory.resolve("index.sqlite"))) {
            Instant start = Instant.now();
            StudySummary first = Examples.run(plan, store, index);
            String firstTime = Examples.since(start);
            long heap = peakHeapBytes();
            start = Instant.now();
            StudySummary second = Examples.run(plan, store, index);
            String secondTime = Examples.since(start);
            start = Instant.now();
            long lines = index.rebuild(List.of(store));
            String rebuildTime = Examples.since(start);
            start = Instant.now();
            int rows = index.query(new Query("n = 3 and orientation = VERTICAL", "-pce", List.of("spacer", "thickness",
                    "pce"))).rows().size();
            String queryTime = Examples.since(start);
            System.out.printf("study sweep: %,d candidates, %,d evaluations on 2 workers%n", first.candidates(),
                    first.evaluations());
            System.out.printf("  first run:  %s (%s), computed %,d, cached %,d, failed %,d; peak heap %,d MB "
                    + "(max %,d MB)%n", firstTime, rate(first), first.computed(), first.cached(), first.failed(),
                    heap >> 20, Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf("  re-run:     %s, computed %,d, cached %,d%n", secondTime, second.computed(),
                    second.cached());
            System.out.printf("  segments:   %,d MB; index %,d MB%n", size(store) >> 20,
                    Files.size(directory.resolve("index.sqlite")) >> 20);
            System.out.printf("  index rebuilt from the segments: %s (%,d lines); query of %,d rows: %s%n",
                    rebuildTime, lines, rows, queryTime);
            perEngine(store);
        }
    }

    /** Prints each engine's mean run time and mean line size, from the segments. */
    private static void perEngine(Path store) throws java.io.IOException {
        java.util.Map<String, double[]> stats = new java.util.TreeMap<>();
        for (Path segment : org.heterostack.study.ResultStore.segments(store)) {
            org.heterostack.study.internal.SegmentReader.read(segment, 0, (line, end) -> {
                if (!"evaluation".equals(line.get("kind").getAsString())) {
                    return;
                }
                double[] s = stats.computeIfAbsent(line.get("engine").getAsString(), k -> new double[4]);
                s[0]++;
                s[1] += line.get("seconds").getAsDouble();
                s[2] += line.toString().length();
                s[3] += line.getAsJsonArray("quantities").size();
            });
        }
        stats.forEach((engine, s) -> System.out.printf("  %s: %.2f ms per run, %,.0f bytes and %.0f quantities "
                + "per line%n", engine, 1000 * s[1] / s[0], s[2] / s[0], s[3] / s[0]));
    }

    private static Study sweep(HeterostackModel model, int thicknesses) {
        HeterostackFactory f = HeterostackFactory.eINSTANCE;
        Study study = f.createStudy();
        study.setName("bench");
        study.setBaseline(model.findByName("3FPEA-pin"));
        study.getAxes().add(list(AxisKind.MATERIAL, "spacer", "PEA", "3F-PEA", "BzA", "PEAMA", "BA"));
        study.getAxes().add(list(AxisKind.N, "n", "1", "2", "3", "4", "5"));
        study.getAxes().add(list(AxisKind.ORIENTATION, "orientation", "PARALLEL", "VERTICAL", "RANDOM", "OBLIQUE"));
        ParameterAxis thickness = f.createParameterAxis();
        thickness.setName("thickness");
        thickness.setPath("layers[absorber].thicknessNm");
        thickness.setUnit("nm");
        thickness.setRange(AxisRange.LINEAR);
        thickness.setFrom(300.0);
        thickness.setTo(800.0);
        thickness.setCount(thicknesses);
        study.getAxes().add(thickness);
        study.getEngines().add(pin("org.heterostack.engine.structure.layered", "layers[absorber].heterostructure"));
        study.getEngines().add(pin("org.heterostack.engine.photophysics.empirical", ""));
        EnginePin detailedBalance = pin("org.heterostack.engine.device.detailedbalance", "");
        detailedBalance.getSettings().put("absorptance", "finite_thickness");
        study.getEngines().add(detailedBalance);
        model.getStudies().add(study);
        return study;
    }

    private static ParameterAxis list(AxisKind kind, String name, String... values) {
        ParameterAxis axis = HeterostackFactory.eINSTANCE.createParameterAxis();
        axis.setName(name);
        axis.setKind(kind);
        axis.getValues().addAll(List.of(values));
        return axis;
    }

    private static EnginePin pin(String id, String target) {
        EnginePin pin = HeterostackFactory.eINSTANCE.createEnginePin();
        pin.setEngineId(id);
        pin.setVersion("1.0.0");
        pin.setTarget(target);
        return pin;
    }

    private static String rate(StudySummary summary) {
        return String.format("%,.0f evaluations/s", summary.evaluations() / summary.seconds());
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long size(Path directory) throws java.io.IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
