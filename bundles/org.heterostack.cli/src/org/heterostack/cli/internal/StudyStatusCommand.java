package org.heterostack.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.heterostack.study.JsonText;
import org.heterostack.study.PlannedEngine;
import org.heterostack.study.StatePoint;
import org.heterostack.study.StudyException;
import org.heterostack.study.StudyIndex;
import org.heterostack.study.StudyPlan;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code heterostack study status FILE}: how far each study of a file is: its evaluations, how many of them are
 * stored and reusable, how many a run would still compute.
 */
@Command(name = "status", description = "show how many evaluations of each study are stored and how many remain",
        customSynopsis = "heterostack study status FILE [--study NAME] [--json] [--index FILE]")
final class StudyStatusCommand extends StudyFileCommand {

    @Option(names = "--json", description = "print one JSON object per study")
    private boolean json;

    StudyStatusCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    public Integer call() throws UsageException {
        eachStudy("", (study, opened) -> status(StudyFiles.plan(study), opened));
        return ExitCode.OK;
    }

    private void status(StudyPlan plan, StudyIndex opened) throws StudyException {
        Path store = StudyFiles.store(target.file, plan.name());
        Set<String> reusable = Set.of();
        if (Files.isDirectory(store)) {
            opened.catchUp(store);
            reusable = opened.reusableKeys(store);
        }
        long candidates = 0;
        long stored = 0;
        for (StatePoint point : plan.space()) {
            candidates++;
            String id = point.id();
            for (PlannedEngine engine : plan.engines()) {
                stored += reusable.contains(engine.evaluationKey(id)) ? 1 : 0;
            }
        }
        long evaluations = candidates * plan.engines().size();
        long remaining = evaluations - stored;
        long storedCount = stored;
        long candidateCount = candidates;
        if (json) {
            out.println(JsonText.write(writer -> writer.beginObject().name("study").value(plan.name())
                    .name("candidates").value(candidateCount).name("engines").value(plan.engines().size())
                    .name("evaluations").value(evaluations).name("stored").value(storedCount).name("remaining")
                    .value(remaining).name("store").value(store.toString()).endObject()));
        } else {
            out.printf("study %s: %d candidates x %d engines = %d evaluations; %d stored, %d to run; results in %s%n",
                    plan.name(), candidates, plan.engines().size(), evaluations, stored, remaining, store);
        }
    }
}
