package org.heterostack.model.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.heterostack.model.AnalysisResult;
import org.heterostack.model.HeterostackModel;

/**
 * Results kept beside the model they are about (the model's {@code results}): a new result replaces the stored
 * one of the same object and engine, so that analysing a model again does not pile up stale copies.
 *
 * @since 0.2
 */
public final class StoredResults {

    private StoredResults() {
    }

    /**
     * Moves results into a model, replacing its earlier results of the same target and engine id. The results
     * must be about objects of this model; save the model afterwards ({@link ModelFiles#save}).
     *
     * @param model   the model
     * @param results new results
     */
    public static void replace(HeterostackModel model, List<AnalysisResult> results) {
        for (AnalysisResult result : results) {
            model.getResults().removeIf(old -> old.getTarget() == result.getTarget()
                    && Objects.equals(old.getEngineId(), result.getEngineId()));
        }
        model.getResults().addAll(results);
    }

    /**
     * {@link #replace} and then writes the model to its file atomically: the "store results" step of the CLI and
     * the workbench.
     *
     * @param model   the model loaded from {@code file}
     * @param results new results about objects of this model
     * @param file    the model's file
     * @throws IOException when the file cannot be written; it is then unchanged
     */
    public static void store(HeterostackModel model, List<AnalysisResult> results, Path file) throws IOException {
        replace(model, results);
        ModelFiles.save(model, file);
    }
}
