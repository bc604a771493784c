package org.heterostack.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.heterostack.study.LocalBackend;
import org.heterostack.study.Query;
import org.heterostack.study.QueryResult;
import org.heterostack.study.ResultStore;
import org.heterostack.study.StudyException;
import org.heterostack.study.StudyIndex;
import org.heterostack.study.StudyPlan;
import org.heterostack.study.StudyRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite index: queries across studies, and the same answers after a rebuild from the segment files. */
class StudyIndexTest {

    @TempDir
    Path directory;

    private static final List<Query> QUERIES = List.of(Query.all(),
            new Query("thickness >= 400 and spacer = pea", "-thickness", List.of("study", "spacer", "n", "thickness")),
            new Query("n = 2 or (n = 3 and not spacer = BA)", "thickness", List.of("candidate", "n", "spacer_length")),
            new Query("", "-spacer_length", List.of("study", "spacer", "failed", "pin")));

    private void run(String xml, String store, StudyIndex index) throws Exception {
        StudyPlan plan = TestStudies.plan(TestStudies.load(xml), new EchoEngine());
        try (ResultStore results = ResultStore.open(directory.resolve(store))) {
            new StudyRunner(new LocalBackend(2)).run(plan, results, index, false, null);
        }
    }

    @Test
    void queriesSpanStudiesAndARebuiltIndexGivesTheSameAnswers() throws Exception {
        Path database = directory.resolve("index.sqlite");
        List<QueryResult> before;
        try (StudyIndex index = StudyIndex.open(database)) {
            run(TestStudies.file(TestStudies.SWEEP), "a", index);
            run(TestStudies.file(TestStudies.SWEEP.replace("name=\"sweep\"", "name=\"nip\"")
                    .replace("<axes name=\"n\"", "<axes name=\"architecture\" kind=\"ARCHITECTURE\"><values>NIP</values>"
                            + "<values>PIN</values></axes><axes name=\"n\"")), "b", index);
            QueryResult pea = index.query(QUERIES.get(1));
            assertEquals(List.of("study", "spacer", "n", "thickness"), pea.columns());
            // sweep: 3 n x 3 thicknesses; nip: 2 architectures x 3 n x 3 thicknesses
            assertEquals(9 + 18, pea.rows().size());
            assertEquals("600", pea.rows().get(0).get(3), "axis values are the canonical text");
            // the echo reports the architecture (NIP 0, PIN 1): two spacers each
            assertEquals(List.of(1.0, 1.0, 0.0, 0.0), index.query(new Query("study = nip and n = 1 and thickness = 300",
                    "-pin", List.of("pin"))).rows().stream().flatMap(List::stream).toList());
            before = QUERIES.stream().map(q -> query(index, q)).toList();
        }
        Files.delete(database);
        try (StudyIndex index = StudyIndex.open(database)) {
            assertEquals(List.of(), index.query(new Query("", "", List.of("study"))).rows());
            index.rebuild(List.of(directory.resolve("a"), directory.resolve("b")));
            assertEquals(before, QUERIES.stream().map(q -> query(index, q)).toList());
        }
    }

    @Test
    void badQueriesNameTheirFault() throws Exception {
        try (StudyIndex index = StudyIndex.open(directory.resolve("index.sqlite"))) {
            run(TestStudies.file(TestStudies.SWEEP), "a", index);
            assertEquals("--where: expected a value after 'n >' at the end of 'n >'",
                    assertThrows(StudyException.class, () -> index.query(new Query("n >", "", List.of())))
                            .getMessage());
            assertEquals("--where: > needs a number, not 'PEA' at position 10",
                    assertThrows(StudyException.class, () -> index.query(new Query("spacer > PEA", "", List.of())))
                            .getMessage());
            assertEquals("no column 'pce': not one of [study, candidate, store, failed, seconds], an axis [spacer, n, "
                    + "thickness] or a quantity of the indexed results", assertThrows(StudyException.class,
                            () -> index.query(new Query("", "pce", List.of()))).getMessage());
        }
    }

    private static QueryResult query(StudyIndex index, Query query) {
        try {
            return index.query(query);
        } catch (StudyException e) {
            throw new AssertionError(e);
        }
    }
}
