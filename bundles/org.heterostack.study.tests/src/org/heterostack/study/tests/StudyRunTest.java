package org.heterostack.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;

import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Layer;
import org.heterostack.study.Evaluation;
import org.heterostack.study.LocalBackend;
import org.heterostack.study.ResultStore;
import org.heterostack.study.StudyException;
import org.heterostack.study.StudyIndex;
import org.heterostack.study.StudyPlan;
import org.heterostack.study.StudyRunner;
import org.heterostack.study.StudySummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running studies: results computed once and reused, failures and non-deterministic engines never reused. */
class StudyRunTest {

    @TempDir
    Path directory;

    private StudySummary run(StudyPlan plan, boolean force) throws StudyException {
        try (ResultStore store = ResultStore.open(directory.resolve("results"));
                StudyIndex index = StudyIndex.open(directory.resolve("index.sqlite"))) {
            return new StudyRunner(new LocalBackend(2)).run(plan, store, index, force, null);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aSecondRunReusesEveryResult() throws StudyException {
        EchoEngine echo = new EchoEngine();
        StudyPlan plan = TestStudies.plan(TestStudies.load(TestStudies.file(TestStudies.SWEEP)), echo);
        StudySummary first = run(plan, false);
        assertEquals(new StudySummary("sweep", 24, 24, 24, 0, 0, first.seconds(), false), first);
        StudySummary second = run(plan, false);
        assertEquals(new StudySummary("sweep", 24, 24, 0, 24, 0, second.seconds(), false), second);
        assertEquals(24, echo.runs.get(), "the engine ran once per candidate");
        StudySummary forced = run(plan, true);
        assertEquals(24, forced.computed());
        assertEquals(48, echo.runs.get());
    }

    @Test
    void theStoreHoldsEveryEvaluationWithItsSeriesStoredOnce() throws Exception {
        StudyPlan plan = TestStudies.plan(TestStudies.load(TestStudies.file(TestStudies.SWEEP)), new EchoEngine());
        run(plan, false);
        run(plan, true);
        List<Evaluation> evaluations = ResultStore.evaluations(directory.resolve("results"));
        assertEquals(24, evaluations.size(), "a forced re-run replaces, it does not add");
        Evaluation first = evaluations.stream().filter(e -> e.point().equals(Map.of("spacer", "PEA", "n", "1",
                "thickness", "300"))).findFirst().orElseThrow();
        assertEquals(List.of(new Evaluation.Value("thickness", 300, "nm"), new Evaluation.Value("spacer_length", 3, "1"),
                new Evaluation.Value("n", 1, "1"), new Evaluation.Value("pin", 1, "1")), first.quantities());
        assertEquals("[1.0, 300.0, 2.0]", java.util.Arrays.toString(first.series().get(0).y()));
        assertTrue(first.seconds() >= 0 && first.ok() && first.cacheable(), first::toString);
        long seriesLines = 0;
        for (Path segment : ResultStore.segments(directory.resolve("results"))) {
            seriesLines += Files.readAllLines(segment).stream().filter(l -> l.startsWith("{\"kind\":\"series\"")).count();
        }
        assertEquals(4, seriesLines, "one series line per distinct curve (four thicknesses), however many runs");
    }

    @Test
    void failuresAndNonDeterministicEnginesAreNeverReused() throws StudyException {
        EchoEngine failing = new EchoEngine(EchoEngine.ID, true, 450, 0);
        EchoEngine random = new EchoEngine("test.random", false, Double.MAX_VALUE, 0);
        String xml = TestStudies.file(TestStudies.SWEEP.replace("<engines engineId=\"test.echo\"/>",
                "<engines engineId=\"test.echo\"/><engines engineId=\"test.random\"/>"));
        StudyPlan plan = TestStudies.plan(TestStudies.load(xml), failing, random);
        StudySummary first = run(plan, false);
        // thicknesses 300, 400, 500, 600 nm: the echo fails for 500 and 600 (12 of 24 candidates)
        assertEquals(new StudySummary("sweep", 24, 48, 36, 0, 12, first.seconds(), false), first);
        StudySummary second = run(plan, false);
        assertEquals(new StudySummary("sweep", 24, 48, 24, 12, 12, second.seconds(), false), second);
        assertEquals(48, random.runs.get(), "the non-deterministic engine runs every time");
    }

    @Test
    void invalidatedResultsAreComputedAgain() throws StudyException, IOException {
        EchoEngine echo = new EchoEngine();
        StudyPlan plan = TestStudies.plan(TestStudies.load(TestStudies.file(TestStudies.SWEEP)), echo);
        run(plan, false);
        try (ResultStore store = ResultStore.open(directory.resolve("results"))) {
            store.invalidate(EchoEngine.ID);
        }
        assertEquals(24, run(plan, false).computed());
        assertEquals(0, run(plan, false).computed());
    }

    @Test
    void theUsersModelIsNeverChanged() throws StudyException {
        HeterostackModel model = TestStudies.load(TestStudies.file(TestStudies.SWEEP));
        run(TestStudies.plan(model, new EchoEngine()), false);
        Layer absorber = model.getDevices().get(0).getLayers().get(0);
        assertEquals(500.0, absorber.getThicknessNm());
        assertEquals("PEA", absorber.getHeterostructure().getPhases().get(0).getPhase().getSpacers().get(0).getName());
    }

    @Test
    void aStoreHasOneRunAtATime() throws StudyException, IOException {
        try (ResultStore store = ResultStore.open(directory.resolve("results"))) {
            StudyException refused = assertThrows(StudyException.class,
                    () -> ResultStore.open(directory.resolve("results")));
            assertTrue(refused.getMessage().endsWith("are in use by another run of the study"), refused.getMessage());
        }
    }

    @Test
    void badStudiesAreRefusedWithTheirPlace() {
        assertEquals("study 'sweep', axis 'n': value '0': n must be a whole number from 1 to 1000",
                assertThrows(StudyException.class, () -> TestStudies.plan(TestStudies.load(TestStudies.file(
                        TestStudies.SWEEP.replace("<values>3</values>", "<values>0</values>"))), new EchoEngine()))
                        .getMessage());
        assertEquals("study 'sweep', engine 'test.echo' version 2.0.0: not installed",
                assertThrows(StudyException.class, () -> TestStudies.plan(TestStudies.load(TestStudies.file(
                        TestStudies.SWEEP.replace("engineId=\"test.echo\"", "engineId=\"test.echo\" version=\"2.0.0\""))),
                        new EchoEngine())).getMessage());
        assertEquals("axis 'spacer': no material named 'XYZ' in the file or the library",
                assertThrows(StudyException.class, () -> TestStudies.plan(TestStudies.load(TestStudies.file(
                        TestStudies.SWEEP.replace("<values>BA</values>", "<values>XYZ</values>"))), new EchoEngine()))
                        .getMessage());
    }
}
