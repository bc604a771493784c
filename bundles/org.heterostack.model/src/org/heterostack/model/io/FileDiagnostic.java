package org.heterostack.model.io;

import org.heterostack.model.Severity;

/**
 * A problem found while reading or writing a {@code .hstack} file, with its position in the file.
 *
 * @param severity how bad it is; an {@link Severity#ERROR} means the file could not be read
 * @param file     the file name (as given to the loader), or the empty string
 * @param line     1-based line of the problem, 0 when unknown
 * @param column   1-based column of the problem, 0 when unknown
 * @param message  what is wrong, for a user (never a stack trace)
 */
public record FileDiagnostic(Severity severity, String file, int line, int column, String message) {

    /**
     * Shows the problem as {@code file:line:column: severity: message}, leaving out unknown parts.
     *
     * @return the problem in the usual compiler-like form
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        if (!text.isEmpty()) {
            text.append(": ");
        }
        return text.append(severity.getLiteral().toLowerCase(java.util.Locale.ROOT)).append(": ").append(message)
                .toString();
    }
}
