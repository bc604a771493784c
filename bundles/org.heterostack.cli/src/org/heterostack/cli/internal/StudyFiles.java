package org.heterostack.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.heterostack.engine.EngineRegistryLookup;
import org.heterostack.library.Library;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Study;
import org.heterostack.study.EngineLookup;
import org.heterostack.study.MaterialCatalog;
import org.heterostack.study.ResultStore;
import org.heterostack.study.StudyException;
import org.heterostack.study.StudyIndex;
import org.heterostack.study.StudyPlan;

/**
 * What the {@code study} subcommands share: the index file (option {@code --index}, default
 * {@code ~/.heterostack/study-index.sqlite}, one index for every project of the user), the studies of a model file
 * (all, or the one {@code --study} names), their plans and result stores.
 */
final class StudyFiles {

    /** The default index: every study the user runs, across projects. */
    static final String DEFAULT_INDEX = "~/.heterostack/study-index.sqlite";

    private StudyFiles() {
    }

    /**
     * @param option the {@code --index} value, or null
     * @return the index file ({@code ~} is the user's home)
     */
    static Path indexFile(String option) {
        String path = option == null ? DEFAULT_INDEX : option;
        return path.startsWith("~/") ? Path.of(System.getProperty("user.home"), path.substring(2)) : Path.of(path);
    }

    /**
     * @param option the {@code --index} value, or null
     * @return the open index
     * @throws UsageException when it cannot be opened
     */
    static StudyIndex openIndex(String option) throws UsageException {
        try {
            return StudyIndex.open(indexFile(option));
        } catch (StudyException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * @param file a model file
     * @param name the study to pick, or null for every study of the file
     * @param err  standard error (load diagnostics)
     * @return the studies
     * @throws UsageException when the file cannot be read, has no study, or none of that name
     */
    static List<Study> studies(Path file, String name, PrintStream err) throws UsageException {
        return studies(ModelInput.load(file, err), file, name);
    }

    /**
     * @param model a loaded model
     * @param file  its file
     * @param name  the study to pick, or null for every study of the file
     * @return the studies
     * @throws UsageException when the model has no study, or none of that name
     */
    static List<Study> studies(HeterostackModel model, Path file, String name) throws UsageException {
        List<Study> studies = new ArrayList<>(model.getStudies());
        if (studies.isEmpty()) {
            throw new UsageException(file + " has no study");
        }
        if (name == null) {
            return studies;
        }
        for (Study study : studies) {
            if (name.equals(study.getName())) {
                return List.of(study);
            }
        }
        throw new UsageException("no study named '" + name + "' in " + file + "; its studies: "
                + String.join(", ", studies.stream().map(Study::getName).toList()));
    }

    /**
     * @param study a study of a loaded file
     * @return its plan with the installed engines and the curated library's materials
     * @throws UsageException when the study cannot run (an unknown axis path, a pin no engine matches, ...)
     */
    static StudyPlan plan(Study study) throws UsageException {
        try {
            return StudyPlan.of(study, EngineLookup.of(EngineRegistryLookup.registry()),
                    MaterialCatalog.of(Library.get().model().getMaterials()));
        } catch (StudyException e) {
            throw new UsageException("study '" + study.getName() + "': " + e.getMessage());
        }
    }

    /**
     * @param file  a model file
     * @param study a study name
     * @return the directory of the study's results beside the file
     */
    static Path store(Path file, String study) {
        return ResultStore.directory(file, study);
    }
}
