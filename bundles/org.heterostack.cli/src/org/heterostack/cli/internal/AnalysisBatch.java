package org.heterostack.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code heterostack analyze FILE FILE...}: several model files analysed one after the other in one process. Each
 * file's text output follows a header {@code == FILE ==}; with {@code --json} each file is one JSON object on one
 * line (JSON Lines), a file that could not be analysed too ({@link ResultOutput#printJsonRefusal}). A file that
 * cannot be read, validated or analysed does not stop the others; the exit code is the worst of the files'.
 */
final class AnalysisBatch {

    /** The analysis of one file. */
    @FunctionalInterface
    interface FileAnalysis {

        /**
         * @param file the model file
         * @return its {@link ExitCode}
         * @throws UsageException when the file cannot be analysed (its reason is the message)
         */
        int analyze(Path file) throws UsageException;
    }

    private AnalysisBatch() {
    }

    /**
     * @param files    the model files, in the order given
     * @param json     whether the output is JSON Lines
     * @param out      standard output
     * @param err      standard error: why a file was not analysed, as {@code heterostack: MESSAGE}
     * @param analysis analyses one file, printing its results
     * @return the worst {@link ExitCode} of the files
     */
    static int run(List<Path> files, boolean json, PrintStream out, PrintStream err, FileAnalysis analysis) {
        int[] counts = new int[ExitCode.USAGE + 1];
        for (Path file : files) {
            if (!json) {
                out.println("== " + file + " ==");
            }
            int code;
            try {
                code = analysis.analyze(file);
            } catch (UsageException e) {
                code = refused(file, e.getMessage(), json, out, err);
            } catch (RuntimeException e) {
                code = refused(file, "cannot analyse " + file + ": " + e, json, out, err);
            }
            counts[code]++;
        }
        if (!json) {
            out.printf("%d files: %d analysed, %d with a failed analysis, %d not analysed%n", files.size(),
                    counts[ExitCode.OK], counts[ExitCode.ANALYSIS_FAILED], counts[ExitCode.USAGE]);
        }
        // the codes are ordered: usage (2) is worse than a failed analysis (1), which is worse than ok (0)
        return counts[ExitCode.USAGE] > 0 ? ExitCode.USAGE
                : counts[ExitCode.ANALYSIS_FAILED] > 0 ? ExitCode.ANALYSIS_FAILED : ExitCode.OK;
    }

    private static int refused(Path file, String message, boolean json, PrintStream out, PrintStream err) {
        err.println("heterostack: " + message);
        if (json) {
            ResultOutput.printJsonRefusal(file.toString(), message, out);
        } else {
            out.println("not analysed: " + message);
            out.println();
        }
        return ExitCode.USAGE;
    }
}
