package org.heterostack.model.io;

import java.util.List;

import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Severity;

/**
 * The outcome of reading a {@code .hstack} file.
 *
 * @param model       the model, or null when the file could not be read (then an error says why)
 * @param diagnostics problems found while reading, in file order; warnings and infos may accompany a model
 */
public record LoadResult(HeterostackModel model, List<FileDiagnostic> diagnostics) {

    /**
     * Copies the diagnostics so the result cannot change.
     *
     * @param model       the model or null
     * @param diagnostics the problems
     */
    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Whether the file was read: there is a model and no error.
     *
     * @return true when the model can be used
     */
    public boolean ok() {
        return model != null && errors().isEmpty();
    }

    /**
     * The errors among the diagnostics.
     *
     * @return the diagnostics of severity ERROR
     */
    public List<FileDiagnostic> errors() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }
}
