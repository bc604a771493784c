package org.heterostack.cli.internal;

import java.io.PrintStream;
import java.util.concurrent.Callable;

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
}
