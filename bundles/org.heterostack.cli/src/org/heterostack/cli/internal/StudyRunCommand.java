package org.heterostack.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Study;
import org.heterostack.study.JsonText;
import org.heterostack.study.LocalBackend;
import org.heterostack.study.ResultStore;
import org.heterostack.study.StudyException;
import org.heterostack.study.StudyIndex;
import org.heterostack.study.StudyPlan;
import org.heterostack.study.StudyRunner;
import org.heterostack.study.StudySummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code heterostack study run FILE}: runs the studies of a model file (or the one {@code --study} names) with the
 * installed engines, reusing every result an earlier run stored; a run that was killed simply continues.
 */
@Command(name = "run", description = { "run the studies of a model file, reusing stored results",
    "Results go to NAME.results/STUDY/ beside FILE and into the index. Exit code 0 every evaluation ok, "
            + "1 one failed, 2 bad input or usage." },
        customSynopsis = StudyRunCommand.USAGE)
final class StudyRunCommand extends StudyFileCommand {

    static final String USAGE = "heterostack study run FILE [--study NAME] [--workers N] [--force] [--json]"
            + " [--index FILE]";

    private static final int MAX_WORKERS = 1024;

    @Option(names = "--workers", paramLabel = "N", description = "candidates evaluated at once (default: the "
            + "number of processors)")
    private Integer workers;

    @Option(names = "--force", description = "run every evaluation again, reusing nothing")
    private boolean force;

    @Option(names = "--json", description = "print one JSON object per study (keys in docs/cli.md)")
    private boolean json;

    StudyRunCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    public Integer call() throws UsageException {
        if (workers != null && (workers < 1 || workers > MAX_WORKERS)) {
            throw new UsageException("study run: --workers must be between 1 and " + MAX_WORKERS + ", got " + workers);
        }
        HeterostackModel model = ModelInput.load(target.file, err);
        List<Study> studies = StudyFiles.studies(model, target.file, target.study);
        ModelInput.validate(model, target.file, true, "nothing was run. Fix it first", err);
        List<StudyPlan> plans = new ArrayList<>();
        for (Study each : studies) {
            plans.add(StudyFiles.plan(each));
        }
        boolean failed = false;
        try (StudyIndex opened = index.open()) {
            for (StudyPlan plan : plans) {
                StudySummary summary = run(plan, opened);
                print(summary, StudyFiles.store(target.file, plan.name()));
                failed |= summary.failed() > 0;
            }
        } catch (StudyException e) {
            throw new UsageException(e.getMessage());
        }
        return failed ? ExitCode.ANALYSIS_FAILED : ExitCode.OK;
    }

    private StudySummary run(StudyPlan plan, StudyIndex opened) throws UsageException {
        LocalBackend backend = workers == null ? new LocalBackend() : new LocalBackend(workers);
        try (ResultStore store = ResultStore.open(StudyFiles.store(target.file, plan.name()))) {
            return new StudyRunner(backend).run(plan, store, opened, force, null);
        } catch (StudyException e) {
            throw new UsageException("study '" + plan.name() + "': " + e.getMessage());
        } catch (java.io.IOException e) {
            throw new UsageException("study '" + plan.name() + "': cannot release its result store: "
                    + e.getMessage());
        }
    }

    private void print(StudySummary s, Path store) {
        if (json) {
            out.println(JsonText.write(writer -> writer.beginObject().name("study").value(s.study()).name("candidates")
                    .value(s.candidates()).name("evaluations").value(s.evaluations()).name("computed")
                    .value(s.computed()).name("cached").value(s.cached()).name("failed").value(s.failed())
                    .name("seconds").value(Math.round(s.seconds() * 1000) / 1000.0).name("store")
                    .value(store.toString()).endObject()));
        } else {
            out.printf(Locale.ROOT, "study %s: %d candidates, %d evaluations: %d computed, %d cached, %d failed in "
                    + "%.2f s; results in %s%n", s.study(), s.candidates(), s.evaluations(), s.computed(), s.cached(),
                    s.failed(), s.seconds(), store);
        }
    }
}
