package org.heterostack.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.heterostack.model.Study;
import org.heterostack.study.ResultStore;
import org.heterostack.study.StudyException;
import org.heterostack.study.StudyIndex;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code heterostack study invalidate FILE}: drops the stored results of a file's studies (of one engine, or all),
 * so that the next run computes them again. The result files keep their lines; an invalidation line is appended.
 */
@Command(name = "invalidate", description = "drop stored results so that the next run computes them again",
        customSynopsis = "heterostack study invalidate FILE [--study NAME] [--engine ID] [--index FILE]")
final class StudyInvalidateCommand extends StudyFileCommand {

    @Option(names = "--engine", paramLabel = "ID", description = "this engine's results only (default: all)")
    private String engine;

    StudyInvalidateCommand(PrintStream out, PrintStream err) {
        super(out, err);
    }

    @Override
    public Integer call() throws UsageException {
        eachStudy("study invalidate: ", this::invalidate);
        return ExitCode.OK;
    }

    private void invalidate(Study study, StudyIndex opened) throws StudyException, UsageException {
        Path directory = StudyFiles.store(target.file, study.getName());
        if (!Files.isDirectory(directory)) {
            out.println("study " + study.getName() + ": nothing stored");
            return;
        }
        try (ResultStore store = ResultStore.open(directory)) {
            store.invalidate(engine);
        } catch (IOException e) {
            throw new UsageException("study '" + study.getName() + "': cannot write to " + directory + ": "
                    + e.getMessage());
        }
        opened.catchUp(directory);
        out.println("study " + study.getName() + ": stored results " + (engine == null ? "" : "of " + engine + " ")
                + "dropped; the next run computes them again");
    }
}
