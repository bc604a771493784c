package org.heterostack.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.heterostack.model.EnginePin;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Study;
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

/**
 * The index's answers, row by row and in order, against {@code query-answers.txt} (written by the index as it
 * answered before its schema was pivoted, so a faster index answers the same; the one change: axis columns come in the
 * order the axes were first indexed, where a forced re-run used to move its study's axes last): two studies in two
 * stores, two engines
 * reporting the same quantities (the value of the first engine by id that has one), failures, a forced re-run,
 * invalidations, filters, sorts on text and numbers, units. The answers as given are written to
 * {@code target/query-answers.txt} for a look when they differ.
 */
class QueryAnswersTest {

    private static final List<Query> QUERIES = List.of(Query.all(),
            new Query("t >= 400 and spacer = pea", "-t", List.of("study", "spacer", "n", "t", "thickness")),
            new Query("n = 2 or (n = 3 and not spacer = BA)", "thickness", List.of("candidate", "n", "spacer_length",
                    "failed")),
            new Query("", "-spacer_length", List.of("study", "spacer", "failed", "pin")),
            new Query("failed > 0", "-t", List.of("study", "t", "thickness", "failed")),
            new Query("", "spacer", List.of("study", "spacer", "architecture", "n", "t")),
            new Query("", "-study", List.of("study", "architecture", "t")),
            new Query("pin = 1", "candidate", List.of("candidate", "pin", "architecture")),
            new Query("spacer = 'pea' and t < 450 or architecture = NIP and thickness > 1000", "-thickness",
                    List.of("spacer", "t", "architecture", "thickness")),
            new Query("spacer > 3 or t != 300 and t <> 400 and n == 1", "architecture", List.of("spacer", "t", "n")),
            new Query("thickness = '600' or spacer_length = 2", "-architecture", List.of("study", "spacer", "t",
                    "architecture")),
            new Query("study = NIP and failed = 0", "-failed", List.of("study", "t", "failed", "thickness")));

    @TempDir
    Path directory;

    private final StringBuilder answers = new StringBuilder();

    @Test
    void theIndexAnswersAsItAlwaysDid() throws Exception {
        EchoEngine echo = new EchoEngine(EchoEngine.ID, true, 500, 0);
        EchoEngine twice = new EchoEngine("test.echo2", true, Double.MAX_VALUE, 0);
        try (StudyIndex index = StudyIndex.open(directory.resolve("index.sqlite"))) {
            run(study(TestStudies.SWEEP, true), "a", index, false, echo, twice);
            run(study(TestStudies.SWEEP.replace("name=\"sweep\"", "name=\"nip\"").replace("<axes name=\"n\"",
                    "<axes name=\"architecture\" kind=\"ARCHITECTURE\"><values>NIP</values><values>PIN</values></axes>"
                            + "<axes name=\"n\""), false), "b", index, false, echo, twice);
            answer(index, "two studies");
            run(study(TestStudies.SWEEP, true), "a", index, true, echo, twice);
            answer(index, "after a forced re-run of sweep");
            invalidate(index, "a", "test.echo2");
            answer(index, "after invalidating test.echo2 in sweep");
            invalidate(index, "b", null);
            answer(index, "after invalidating everything in nip");
            invalidate(index, "a", null);
            answer(index, "after invalidating everything");
        }
        Files.writeString(Path.of("target", "query-answers.txt"), answers);
        try (InputStream expected = getClass().getResourceAsStream("query-answers.txt")) {
            assertEquals(new String(expected.readAllBytes(), StandardCharsets.UTF_8), answers.toString());
        }
    }

    private Study study(String xml, boolean twoEngines) {
        HeterostackModel model = TestStudies.load(TestStudies.file(xml.replace("<axes name=\"thickness\"",
                "<axes name=\"t\"")));
        Study study = model.getStudies().get(0);
        if (twoEngines) {
            EnginePin pin = HeterostackFactory.eINSTANCE.createEnginePin();
            pin.setEngineId("test.echo2");
            pin.getSettings().put("scale", "2");
            study.getEngines().add(0, pin);
        }
        return study;
    }

    private void run(Study study, String store, StudyIndex index, boolean force, EchoEngine... engines)
            throws StudyException, IOException {
        StudyPlan plan = StudyPlan.of(study, TestStudies.lookup(engines), org.heterostack.study.MaterialCatalog.NONE);
        try (ResultStore results = ResultStore.open(directory.resolve(store))) {
            new StudyRunner(new LocalBackend(2)).run(plan, results, index, force, null);
        }
    }

    private void invalidate(StudyIndex index, String store, String engine) throws StudyException, IOException {
        try (ResultStore results = ResultStore.open(directory.resolve(store))) {
            results.invalidate(engine);
        }
        index.catchUp(directory.resolve(store));
    }

    private void answer(StudyIndex index, String when) throws StudyException {
        answers.append("# ").append(when).append('\n');
        answers.append("units ").append(index.units()).append('\n');
        for (Query query : QUERIES) {
            answers.append("## where ").append(query.where()).append(" | sort ").append(query.sort())
                    .append(" | columns ").append(query.columns()).append('\n');
            try {
                QueryResult result = index.query(query);
                answers.append(String.join("\t", result.columns())).append('\n');
                for (List<Object> row : result.rows()) {
                    answers.append(row.stream().map(QueryAnswersTest::text).collect(Collectors.joining("\t")))
                            .append('\n');
                }
            } catch (StudyException e) {
                answers.append("! ").append(e.getMessage()).append('\n');
            }
        }
        QueryResult seconds = index.query(new Query("", "", List.of("seconds", "failed")));
        assertTrue(seconds.rows().stream().allMatch(row -> row.get(0) == null && row.get(1).equals(0L)
                || row.get(0) instanceof Double time && time >= 0), when + ": engine time of every candidate");
    }

    /** A value with its type: a Double as d:, a Long as l:, a String as s:, no value as -. */
    private static String text(Object value) {
        return switch (value) {
            case null -> "-";
            case Double number -> "d:" + number;
            case Long number -> "l:" + number;
            case String string -> "s:" + string;
            default -> "?" + value.getClass().getSimpleName() + ":" + value;
        };
    }
}
