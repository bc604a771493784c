package org.heterostack.ui.study.internal.run;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.heterostack.engine.EngineRegistryLookup;
import org.heterostack.library.Library;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Study;
import org.heterostack.model.io.LoadResult;
import org.heterostack.model.io.ModelFiles;
import org.heterostack.study.EngineLookup;
import org.heterostack.study.MaterialCatalog;
import org.heterostack.study.StudyException;
import org.heterostack.study.StudyPlan;

/**
 * Reads the studies of a workspace model file and plans them as the CLI does: the pinned engines from the engine
 * registry, material names the file lacks from the curated library.
 */
public final class StudyFiles {

    private StudyFiles() {
    }

    /**
     * @param file a {@code .hstack} file of the workspace, on the local file system
     * @return the model
     * @throws StudyException naming the file and its first problem when it does not load
     */
    public static HeterostackModel load(IFile file) throws StudyException {
        if (file.getLocation() == null) {
            throw new StudyException(file.getFullPath() + " is not on the local file system");
        }
        LoadResult loaded = ModelFiles.load(WorkspaceStudies.path(file));
        if (!loaded.ok()) {
            throw new StudyException(file.getFullPath() + " cannot be read: " + loaded.errors().get(0));
        }
        return loaded.model();
    }

    /**
     * @param file a model file of the workspace
     * @return the names of its studies, in file order (empty when it has none or does not load)
     */
    public static List<String> studyNames(IFile file) {
        try {
            return load(file).getStudies().stream().map(Study::getName).toList();
        } catch (StudyException e) {
            return List.of();
        }
    }

    /**
     * @param model a model
     * @param name  the name of one of its studies
     * @return the study
     * @throws StudyException when the model has no study of that name
     */
    public static Study study(HeterostackModel model, String name) throws StudyException {
        return model.getStudies().stream().filter(s -> name.equals(s.getName())).findFirst()
                .orElseThrow(() -> new StudyException("no study '" + name + "' in the model"));
    }

    /**
     * @param study a study
     * @return its plan with the installed engines and the library's materials
     * @throws StudyException naming what is wrong with the study
     */
    public static StudyPlan plan(Study study) throws StudyException {
        try {
            return StudyPlan.of(study, EngineLookup.of(EngineRegistryLookup.registry()),
                    MaterialCatalog.of(Library.get().model().getMaterials()));
        } catch (IllegalStateException e) {
            throw new StudyException(e.getMessage(), e);
        }
    }
}
