package org.heterostack.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.heterostack.study.Query;
import org.heterostack.study.QueryResult;
import org.heterostack.study.ResultStore;
import org.heterostack.study.StudyIndex;
import org.heterostack.study.StudyPlan;
import org.heterostack.study.StudySummary;
import org.heterostack.study.internal.SegmentReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two example studies run with the built-in engines, every evaluation succeeding, and answer queries. */
class ExampleStudiesTest {

    @TempDir
    Path directory;

    @Test
    void spacerScreeningForInvertedCells() throws Exception {
        StudyPlan plan = Examples.plan(Examples.load("spacer-screening-pin.hstack").getStudies().get(0));
        try (StudyIndex index = StudyIndex.open(directory.resolve("index.sqlite"))) {
            StudySummary summary = Examples.run(plan, directory.resolve("screening"), index);
            assertEquals(new StudySummary("spacer-screening", 72, 288, 288, 0, 0, summary.seconds(), false),
                    summary, () -> failures(directory.resolve("screening")));
            QueryResult result = index.query(new Query("n = 2 and orientation = VERTICAL", "spacer",
                    List.of("spacer", "n", "orientation")));
            assertEquals(List.of("3F-PEA", "BA", "BzA", "CYCL", "PEA", "PEAMA"),
                    result.rows().stream().map(row -> row.get(0)).toList());
            System.out.println("spacer screening: " + summary + "; columns " + index.query(Query.all()).columns());
        }
    }

    @Test
    void rpVersusDjStability() throws Exception {
        StudyPlan plan = Examples.plan(Examples.load("rp-vs-dj-stability.hstack").getStudies().get(0));
        assertEquals(18, plan.space().points());
        try (StudyIndex index = StudyIndex.open(directory.resolve("index.sqlite"))) {
            StudySummary summary = Examples.run(plan, directory.resolve("rp-dj"), index);
            assertEquals(new StudySummary("rp-vs-dj", 9, 27, 27, 0, 0, summary.seconds(), false), summary,
                    () -> failures(directory.resolve("rp-dj")));
            QueryResult dj = index.query(new Query("phase = DJ", "", List.of("spacer")));
            assertEquals(List.of("EDOEA", "EDOEA", "EDOEA"), dj.rows().stream().map(row -> row.get(0)).toList());
            System.out.println("RP versus DJ: " + summary + "; columns " + index.query(Query.all()).columns());
        }
    }

    /** The distinct messages of the failed evaluations in a store, for the assertion message. */
    static String failures(Path store) {
        java.util.Set<String> messages = new java.util.TreeSet<>();
        try {
            for (Path segment : ResultStore.segments(store)) {
                SegmentReader.read(segment, 0, (line, end) -> {
                    if ("evaluation".equals(line.get("kind").getAsString())
                            && !"ok".equals(line.get("status").getAsString())) {
                        messages.add(line.get("engine").getAsString() + ": " + line.get("messages"));
                    }
                });
            }
        } catch (java.io.IOException e) {
            return e.toString();
        }
        return String.join("\n", messages);
    }
}
