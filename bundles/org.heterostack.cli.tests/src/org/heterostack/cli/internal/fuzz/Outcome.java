package org.heterostack.cli.internal.fuzz;

/** What became of one fuzzed file; the first five are fine, the others are defects. */
enum Outcome {
    /** Analysed, every analysis ok. */
    ANALYSED,
    /** Analysed, an engine failed with its message (exit 1). */
    ANALYSIS_FAILED,
    /** Refused while loading, with a diagnostic that names line and column (exit 2). */
    LOAD_ERROR_WITH_POSITION,
    /** Refused by the validator, naming the object and attribute (exit 2). */
    INVALID_MODEL,
    /** Refused before loading (an option, a missing file) with one clear line (exit 2). */
    USAGE_ERROR,
    /** Refused while loading without saying where. */
    ERROR_WITHOUT_POSITION,
    /** A message shows program internals (an exception, an object dump, an EMF type name). */
    INTERNAL_TEXT,
    /** An exception escaped the command. */
    CRASH,
    /** The command did not end within the per-case budget. */
    HANG,
    /** A result has a series with fewer y than x values (or the reverse). */
    UNEQUAL_SERIES,
    /** The input file changed, or a stored file no longer loads or validates. */
    DATA_LOST;

    /** @return whether this outcome is a defect */
    boolean isDefect() {
        return ordinal() >= ERROR_WITHOUT_POSITION.ordinal();
    }
}
