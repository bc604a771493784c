package org.heterostack.ui.study.internal.run;

import java.io.IOException;
import java.util.Locale;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.heterostack.study.LocalBackend;
import org.heterostack.study.ResultStore;
import org.heterostack.study.StudyException;
import org.heterostack.study.StudyPlan;
import org.heterostack.study.StudyRunner;
import org.heterostack.study.StudySummary;
import org.heterostack.ui.study.StudyWorkbench;

/**
 * Runs one study of a model file in the background: the study layer's {@link StudyRunner} on a {@link LocalBackend},
 * results committed to the study's store beside the file and to the workspace's index as they come, progress as
 * "done / total candidates, cache hits, failed, rate, ETA" and cancellation through the job. A run that was stopped
 * (cancelled, or the workbench killed) is resumed by running the study again: what was committed is reused.
 */
public final class RunStudyJob extends Job {

    private final IFile file;
    private final String study;
    private final int workers;
    private volatile RunMeter meter;
    private volatile StudySummary summary;

    /**
     * @param file    a {@code .hstack} file of the workspace
     * @param study   the name of one of its studies
     * @param workers the number of candidates evaluated at once
     */
    public RunStudyJob(IFile file, String study, int workers) {
        super("Study '" + study + "' of " + file.getName());
        this.file = file;
        this.study = study;
        this.workers = workers;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return StudyWorkbench.RUN_FAMILY.equals(family);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        StudyPlan plan;
        try {
            plan = StudyFiles.plan(StudyFiles.study(StudyFiles.load(file), study));
        } catch (StudyException e) {
            return error("Cannot run study '" + study + "' of " + file.getFullPath() + ": " + e.getMessage(), e);
        }
        RunMeter progress = new RunMeter(monitor, plan.engines().size());
        meter = progress;
        try (ResultStore store = ResultStore.open(WorkspaceStudies.store(file, study))) {
            StudySummary done = new StudyRunner(new MeteredBackend(new LocalBackend(workers), progress))
                    .run(plan, store, WorkspaceStudies.index(), false, progress);
            summary = done;
            StudyRuns.ended(new StudyRuns.Ended(file, done));
            return done.cancelled() ? new Status(IStatus.CANCEL, WorkspaceStudies.PLUGIN_ID, stopped(done))
                    : Status.OK_STATUS;
        } catch (StudyException | IOException e) {
            return error("Study '" + study + "' of " + file.getFullPath() + " stopped: " + e.getMessage(), e);
        } finally {
            refreshResults();
        }
    }

    private static String stopped(StudySummary done) {
        return String.format(Locale.ROOT, "Study '%s' stopped: %,d evaluations computed, %,d reused, %,d failed; "
                + "Run Study again to resume", done.study(), done.computed(), done.cached(), done.failed());
    }

    private void refreshResults() {
        IContainer parent = file.getParent();
        IPath results = IPath.fromOSString(file.getFullPath().removeFileExtension().lastSegment() + ".results");
        try {
            parent.getFolder(results).refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
        } catch (CoreException e) {
            // the workspace shows the folder at its next refresh; the results are on disk either way
        }
    }

    private static IStatus error(String message, Exception e) {
        return new Status(IStatus.ERROR, WorkspaceStudies.PLUGIN_ID, message, e);
    }

    /** @return the model file */
    public IFile file() {
        return file;
    }

    /** @return the study name */
    public String study() {
        return study;
    }

    /** @return where the run stands (null before it started) */
    public RunProgress progress() {
        RunMeter current = meter;
        return current == null ? null : current.snapshot();
    }

    /** @return what the run did, once it ended (null before, or when it failed) */
    public StudySummary summary() {
        return summary;
    }
}
