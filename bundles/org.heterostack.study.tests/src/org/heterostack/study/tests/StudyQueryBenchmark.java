package org.heterostack.study.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.heterostack.study.Evaluation;
import org.heterostack.study.Query;
import org.heterostack.study.StudyIndex;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The study index's queries at 100,000 candidates, without running engines (run with {@code ./mvnw verify -Pbench}):
 * made-up evaluations (6 spacers x n = 1..4 x 3 orientations x 1,389 thicknesses, four engines of 7 quantities each)
 * are committed as a run commits them, then the queries the results view and the CLI ask are timed: every candidate,
 * a filter, a sort, the units. For comparison, the same table is also asked of the evaluations by a pivoted query (one
 * pass over the quantities, grouped by candidate) instead of the candidates' rows the index keeps. Prints the figures
 * (with the process's CPU time: the build machine is shared); nothing is asserted.
 */
@Tag("bench")
class StudyQueryBenchmark {

    private static final List<String> SPACERS = List.of("PEA", "3F-PEA", "BzA", "PEAMA", "BA", "PMA");
    private static final List<String> ORIENTATIONS = List.of("PARALLEL", "VERTICAL", "RANDOM");
    private static final int ENGINES = 4;
    private static final int QUANTITIES = 7;

    @TempDir
    Path directory;

    @Test
    void query100000Candidates() throws Exception {
        int thicknesses = Integer.getInteger("heterostack.bench.query.thicknesses", 1389);
        Path store = directory.resolve("bench");
        Path database = directory.resolve("index.sqlite");
        try (StudyIndex index = StudyIndex.open(database)) {
            long start = System.nanoTime();
            long cpu = Cpu.millis();
            List<Evaluation> batch = new ArrayList<>();
            int candidates = 0;
            for (int t = 0; t < thicknesses; t++) {
                for (int n = 1; n <= 4; n++) {
                    for (String orientation : ORIENTATIONS) {
                        for (String spacer : SPACERS) {
                            batch.addAll(evaluations(candidates++, spacer, n, orientation, 300 + 500.0 * t
                                    / Math.max(1, thicknesses - 1)));
                            if (batch.size() >= 500) {
                                index.committed(store, store.resolve("s.jsonl"), candidates, batch, List.of());
                                batch.clear();
                            }
                        }
                    }
                }
            }
            index.committed(store, store.resolve("s.jsonl"), candidates, batch, List.of());
            System.out.printf(Locale.ROOT, "study index: %,d candidates, %,d evaluations of %d quantities%n",
                    candidates, candidates * ENGINES, QUANTITIES);
            System.out.printf(Locale.ROOT, "  committed in batches of 500: %s; index %,d MB (%,d bytes per "
                    + "evaluation)%n", since(start, cpu), Files.size(database) >> 20,
                    Files.size(database) / (candidates * ENGINES));
            time("every candidate, default columns", () -> index.query(Query.all()).rows().size());
            time("filter 'n = 3 and orientation = VERTICAL'", () -> index.query(new Query(
                    "n = 3 and orientation = VERTICAL", "", List.of())).rows().size());
            time("sorted by -e1_q3, 3 columns", () -> index.query(new Query("", "-e1_q3", List.of("spacer",
                    "thickness", "e1_q3"))).rows().size());
            time("failed > 0 (the Project Explorer's count)", () -> index.query(new Query("failed > 0", "",
                    List.of("candidate"))).rows().size());
            time("units", () -> index.units().size());
        }
        pivoted(database);
    }

    /** The same table by one pass over the quantities, grouped by candidate: the alternative to the kept rows. */
    private static void pivoted(Path database) throws Exception {
        org.sqlite.SQLiteDataSource source = new org.sqlite.SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + database);
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            StringBuilder columns = new StringBuilder();
            try (ResultSet names = statement.executeQuery("SELECT u.id, n.name FROM units u JOIN names n ON "
                    + "n.id = u.name ORDER BY n.name")) {
                while (names.next()) {
                    columns.append(", MAX(CASE WHEN q.unit = ").append(names.getLong(1)).append(" THEN q.value END)");
                }
            }
            String sql = "SELECT c.study, c.candidate" + columns + " FROM candidates c JOIN evaluations e ON "
                    + "e.candidate = c.id JOIN quantities q ON q.evaluation = e.id GROUP BY c.id";
            time("every candidate by a pivoted query (for comparison)", () -> {
                int rows = 0;
                try (ResultSet result = statement.executeQuery(sql)) {
                    int width = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        for (int i = 1; i <= width; i++) {
                            result.getObject(i);
                        }
                        rows++;
                    }
                }
                return rows;
            });
        }
    }

    private static List<Evaluation> evaluations(int candidate, String spacer, int n, String orientation,
            double thickness) {
        String id = String.format(Locale.ROOT, "%064x", candidate);
        Map<String, String> point = new LinkedHashMap<>();
        point.put("spacer", spacer);
        point.put("n", Integer.toString(n));
        point.put("orientation", orientation);
        point.put("thickness", String.format(Locale.ROOT, "%.4f", thickness));
        List<Evaluation> evaluations = new ArrayList<>();
        for (int e = 0; e < ENGINES; e++) {
            List<Evaluation.Value> values = new ArrayList<>();
            for (int q = 0; q < QUANTITIES; q++) {
                values.add(new Evaluation.Value("e" + e + "_q" + q, Math.sin(candidate * 7.0 + e * 3 + q) * 20, "%"));
            }
            evaluations.add(new Evaluation(String.format(Locale.ROOT, "%063x%x", candidate, e), "bench", id, point,
                    "engine" + e, "1.0.0", "cell", Map.of(), true, true, 0.001, "2026-12-06T07:00:00Z", "hash",
                    values, List.of(), List.of()));
        }
        return evaluations;
    }

    private static void time(String what, Callable<Integer> query) throws Exception {
        long start = System.nanoTime();
        long cpu = Cpu.millis();
        int rows = query.call();
        System.out.printf(Locale.ROOT, "  %s: %,d rows in %s%n", what, rows, since(start, cpu));
    }

    private static String since(long start, long cpu) {
        return String.format(Locale.ROOT, "%.0f ms (CPU %d ms, load %.1f)", (System.nanoTime() - start) / 1e6,
                Cpu.millis() - cpu, java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());
    }

    /** The CPU time of this process, all threads, from {@code /proc/self/stat} (Linux; 0 elsewhere). */
    private static final class Cpu {

        static long millis() {
            try {
                String[] fields = Files.readString(Path.of("/proc/self/stat")).replaceFirst("^.*\\) ", "").split(" ");
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
            } catch (java.io.IOException | RuntimeException e) {
                return 0;
            }
        }
    }
}
