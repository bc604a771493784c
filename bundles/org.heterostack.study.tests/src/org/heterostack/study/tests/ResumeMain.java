package org.heterostack.study.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.heterostack.study.LocalBackend;
import org.heterostack.study.ResultStore;
import org.heterostack.study.StudyIndex;
import org.heterostack.study.StudyPlan;
import org.heterostack.study.StudyRunner;
import org.heterostack.study.StudySummary;

/**
 * The process {@link KillResumeTest} kills: runs the study of a model file with two slow echo engines on two
 * workers, and prints its summary when it gets that far. Arguments: model file, store directory, index file.
 */
public final class ResumeMain {

    private ResumeMain() {
    }

    /**
     * @param args model file, store directory, index file
     * @throws Exception when the run fails
     */
    public static void main(String[] args) throws Exception {
        StudyPlan plan = TestStudies.plan(TestStudies.load(Files.newInputStream(Path.of(args[0])), args[0]),
                engines());
        try (ResultStore store = ResultStore.open(Path.of(args[1])); StudyIndex index = StudyIndex.open(Path.of(args[2]))) {
            StudySummary summary = new StudyRunner(new LocalBackend(2)).run(plan, store, index, false, null);
            System.out.println("summary " + summary.computed() + " " + summary.cached() + " " + summary.failed() + " "
                    + summary.evaluations());
        }
    }

    /** @return the engines of the study: two echoes that take 2 ms each */
    static EchoEngine[] engines() {
        return new EchoEngine[] { new EchoEngine(EchoEngine.ID, true, Double.MAX_VALUE, 2),
            new EchoEngine("test.other", true, Double.MAX_VALUE, 2) };
    }

    /** The study the process runs: 2 spacers x 3 n x 200 thicknesses, two engines. */
    static final String STUDY = TestStudies.SWEEP.replace("count=\"4\"", "count=\"200\"")
            .replace("<engines engineId=\"test.echo\"/>", "<engines engineId=\"test.echo\"/><engines engineId=\"test.other\"/>");
}
