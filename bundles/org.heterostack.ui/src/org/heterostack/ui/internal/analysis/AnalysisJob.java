package org.heterostack.ui.internal.analysis;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.IEngineRegistry;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.io.LoadResult;
import org.heterostack.model.io.ModelFiles;

/**
 * Runs the {@link AnalysisPlan} of a model file in the background (never on the UI thread), with progress and
 * cancellation, and publishes the results as the {@link LatestAnalysis}. The file is read, never written; a file
 * that does not load ends the job with an error that names the file and its first problem.
 */
public final class AnalysisJob extends Job {

    private static final String PLUGIN_ID = "org.heterostack.ui";

    private final IFile file;
    private final IEngineRegistry registry;

    /**
     * @param file     a {@code .hstack} file of the workspace
     * @param registry the installed engines
     */
    public AnalysisJob(IFile file, IEngineRegistry registry) {
        super("Analyzing " + file.getName());
        this.file = file;
        this.registry = registry;
        setUser(true);
        setRule(file);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        if (file.getLocation() == null) {
            return Status.error("Cannot analyze " + file.getFullPath() + ": it is not on the local file system");
        }
        LoadResult loaded = ModelFiles.load(Path.of(file.getLocation().toOSString()));
        if (!loaded.ok()) {
            return new Status(IStatus.ERROR, PLUGIN_ID, "Cannot analyze " + file.getFullPath() + ": "
                    + loaded.errors().get(0));
        }
        List<AnalysisPlan.Run> runs = AnalysisPlan.of(loaded.model(), registry, EnginePreferences::preferredEngineId);
        if (runs.isEmpty()) {
            return new Status(IStatus.ERROR, PLUGIN_ID, "No installed engine applies to the objects of "
                    + file.getFullPath());
        }
        SubMonitor progress = SubMonitor.convert(monitor, getName(), runs.size());
        AnalysisRunner runner = new AnalysisRunner();
        List<AnalysisResult> results = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (AnalysisPlan.Run run : runs) {
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            progress.subTask(run.engine().descriptor().name() + " on '" + run.target().getName() + "'");
            names.put(run.engine().descriptor().id(), run.engine().descriptor().name());
            results.add(runner.run(run.engine(), run.target(), Map.of(), progress.split(1)));
        }
        LatestAnalysis.publish(new AnalysisRecord(file.getFullPath().toString(), Instant.now(), results, names));
        return Status.OK_STATUS;
    }
}
