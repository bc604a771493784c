package org.heterostack.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.heterostack.model.Study;
import org.heterostack.study.StudyException;
import org.heterostack.study.StudyIndex;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code heterostack study index --rebuild [FILE...]}: empties the index and indexes again, from their files, every
 * result store it knew and those of the given model files; the index then answers as before.
 */
@Command(name = "index", description = "rebuild the study index from the result files",
        customSynopsis = "heterostack study index --rebuild [FILE...] [--index FILE]")
final class StudyIndexCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;

    @Mixin
    private StudyOptions.Index index = new StudyOptions.Index();

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "model files whose studies to index as well")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--rebuild", description = "empty the index and index every store again from its files")
    private boolean rebuild;

    StudyIndexCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws UsageException {
        if (!rebuild) {
            throw new UsageException("study index: say --rebuild to rebuild the index from the result files");
        }
        try (StudyIndex opened = index.open()) {
            Set<Path> stores = new LinkedHashSet<>();
            for (Path store : opened.stores()) {
                if (Files.isDirectory(store)) {
                    stores.add(store);
                }
            }
            for (Path file : files) {
                for (Study study : StudyFiles.studies(file, null, err)) {
                    Path store = StudyFiles.store(file, study.getName());
                    if (Files.isDirectory(store)) {
                        stores.add(store);
                    }
                }
            }
            long lines = opened.rebuild(stores);
            out.println("indexed " + lines + " lines of " + stores.size() + (stores.size() == 1 ? " store" : " stores")
                    + " into " + opened.file());
        } catch (StudyException e) {
            throw new UsageException("study index: " + e.getMessage());
        }
        return ExitCode.OK;
    }
}
