package org.heterostack.model.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.NamedElement;
import org.heterostack.model.internal.FileLocks;
import org.heterostack.model.internal.Labels;
import org.heterostack.model.internal.ModelQueries;

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
     * The "store results" step of the CLI and the workbench: under the file's lock, reads the file as it is now on
     * disk, replaces its results of the same objects and engines with copies of the new ones, and writes it back
     * atomically. Another process's store into the same file in the meantime is kept, not overwritten. The
     * results are also {@linkplain #replace replaced} in {@code model}, which then shows what was stored.
     *
     * @param model   the model the results are about (loaded from {@code file} earlier)
     * @param results new results about objects of this model
     * @param file    the model's file
     * @throws IOException when the file cannot be read or written, or no longer has an object a result is about;
     *                     it is then unchanged
     */
    public static void store(HeterostackModel model, List<AnalysisResult> results, Path file) throws IOException {
        Path real = AtomicFiles.writableTarget(file);
        try (FileLocks.Hold hold = FileLocks.lock(real)) {
            LoadResult current = ModelFiles.load(real);
            if (!current.ok()) {
                throw new IOException(file + " cannot be read now: " + current.errors().get(0).message());
            }
            HeterostackModel onDisk = current.model();
            replace(onDisk, copiesFor(onDisk, results, file));
            ModelFiles.save(onDisk, real);
        }
        replace(model, results);
    }

    private static List<AnalysisResult> copiesFor(HeterostackModel onDisk, List<AnalysisResult> results, Path file)
            throws IOException {
        Map<String, NamedElement> byName = new HashMap<>();
        ModelQueries.namedElements(onDisk).forEach(element -> byName.putIfAbsent(element.getName(), element));
        List<AnalysisResult> copies = new ArrayList<>();
        for (AnalysisResult result : results) {
            AnalysisResult copy = EcoreUtil.copy(result);
            NamedElement target = result.getTarget();
            if (target != null) {
                NamedElement same = byName.get(target.getName());
                if (same == null || same.eClass() != target.eClass()) {
                    throw new IOException(file + " no longer has " + Labels.inSentence(target)
                            + " (it was changed since it was loaded); analyse it again");
                }
                copy.setTarget(same);
            }
            copies.add(copy);
        }
        return copies;
    }
}
