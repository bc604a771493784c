package org.heterostack.cli.internal;

/** The exit codes of every {@code heterostack} command (documented in docs/cli.md). */
public final class ExitCode {

    /** Everything asked for was done. */
    public static final int OK = 0;

    /** The input was fine but an analysis failed. */
    public static final int ANALYSIS_FAILED = 1;

    /** Bad input or usage: a clear message is on standard error. */
    public static final int USAGE = 2;

    private ExitCode() {
    }
}
