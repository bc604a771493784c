package org.heterostack.ui.study.internal.run;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.heterostack.study.ResultStore;
import org.heterostack.study.StudyException;
import org.heterostack.study.StudyIndex;
import org.osgi.framework.FrameworkUtil;

/**
 * The workspace's one study index (in the bundle's state location, {@code .metadata/.plugins/org.heterostack.ui.study/}),
 * shared by every run, view and query of the workbench, and where a study of a model file keeps its results.
 */
public final class WorkspaceStudies {

    /** The bundle's symbolic name, for statuses. */
    public static final String PLUGIN_ID = "org.heterostack.ui.study";

    private static StudyIndex index;

    private WorkspaceStudies() {
    }

    /**
     * @return the open index (opened on first use)
     * @throws StudyException when the database cannot be opened
     */
    public static synchronized StudyIndex index() throws StudyException {
        if (index == null) {
            Path location = Platform.getStateLocation(FrameworkUtil.getBundle(WorkspaceStudies.class)).toPath();
            index = StudyIndex.open(location.resolve("study-index.sqlite"));
        }
        return index;
    }

    /** Closes the index; the next {@link #index()} opens it again. */
    public static synchronized void close() {
        if (index != null) {
            try {
                index.close();
            } catch (StudyException e) {
                ILog.of(WorkspaceStudies.class).warn(e.getMessage(), e);
            }
            index = null;
        }
    }

    /**
     * @param file  a model file of the workspace, on the local file system
     * @return the file's path
     */
    public static Path path(IFile file) {
        return file.getLocation().toPath();
    }

    /**
     * @param file  a model file of the workspace
     * @param study a study of it
     * @return the directory that holds the study's results ({@code NAME.results/STUDY/} beside the file)
     */
    public static Path store(IFile file, String study) {
        return ResultStore.directory(path(file), study);
    }
}
