package org.heterostack.cli.internal;

import java.io.PrintStream;
import java.util.concurrent.Callable;

import org.heterostack.model.Study;
import org.heterostack.study.StudyException;
import org.heterostack.study.StudyIndex;

import picocli.CommandLine.Mixin;

/**
 * A {@code study} subcommand about the studies of one model file that uses the index: {@code FILE [--study NAME]
 * [--index FILE]} ({@code run}, {@code status}, {@code invalidate}).
 */
abstract class StudyFileCommand implements Callable<Integer> {

    /** Standard output. */
    protected final PrintStream out;

    /** Standard error. */
    protected final PrintStream err;

    /** The model file and the study. */
    @Mixin
    protected StudyOptions.Target target = new StudyOptions.Target();

    /** The study index. */
    @Mixin
    protected StudyOptions.Index index = new StudyOptions.Index();

    /**
     * @param out standard output
     * @param err standard error
     */
    protected StudyFileCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** What a subcommand does with one study of the file. */
    @FunctionalInterface
    protected interface StudyAction {
        /**
         * @param study the study
         * @param index the open index
         * @throws StudyException when the study layer fails (reported as a usage error)
         * @throws UsageException when the study cannot be handled as asked
         */
        void apply(Study study, StudyIndex index) throws StudyException, UsageException;
    }

    /**
     * Opens the index and applies the action to each study of the file (or to the one named).
     *
     * @param errorPrefix put before the message of a failure of the study layer
     * @param action      what to do with each study
     * @throws UsageException when the index, the file or a study cannot be used
     */
    protected final void eachStudy(String errorPrefix, StudyAction action) throws UsageException {
        try (StudyIndex opened = index.open()) {
            for (Study each : StudyFiles.studies(target.file, target.study, err)) {
                action.apply(each, opened);
            }
        } catch (StudyException e) {
            throw new UsageException(errorPrefix + e.getMessage());
        }
    }
}
