package org.heterostack.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.NamedElement;
import org.heterostack.model.io.ModelFiles;

/**
 * Results kept beside the model they are about (the model's {@code results}): a new result replaces the stored
 * one of the same object and engine, so that analysing a model again does not pile up stale copies. (Moved here
 * from the model bundle's {@code org.heterostack.model.io}; the locked re-read and atomic write are
 * {@link ModelFiles#update}.)
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
        ModelFiles.update(file, onDisk -> replace(onDisk, copiesFor(onDisk, results, file)));
        replace(model, results);
    }

    private static List<AnalysisResult> copiesFor(HeterostackModel onDisk, List<AnalysisResult> results, Path file)
            throws IOException {
        Map<String, NamedElement> byName = new HashMap<>();
        Stream.of(onDisk.getMaterials(), onDisk.getHeterostructures(), onDisk.getDevices(), onDisk.getStudies())
                .flatMap(List::stream).forEach(element -> byName.putIfAbsent(element.getName(), element));
        List<AnalysisResult> copies = new ArrayList<>();
        for (AnalysisResult result : results) {
            AnalysisResult copy = EcoreUtil.copy(result);
            NamedElement target = result.getTarget();
            if (target != null) {
                NamedElement same = byName.get(target.getName());
                if (same == null || same.eClass() != target.eClass()) {
                    throw new IOException(file + " no longer has " + target.eClass().getName() + " '"
                            + target.getName() + "' (it was changed since it was loaded); analyse it again");
                }
                copy.setTarget(same);
            }
            copies.add(copy);
        }
        return copies;
    }
}
