package org.heterostack.ui.internal.analysis;

import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.ResultStatus;

/**
 * The failed analyses of a run as Problems-view markers on the model file: one error per failed result, naming the
 * engine, the object and the engine's message, replaced by every run of the same file (a run without failures
 * removes them). A marker names the object it is about the way the model editor's markers do, so that opening it
 * selects the object in the editor.
 */
public final class ResultMarkers {

    /** The marker type (a problem marker, not kept between sessions). */
    public static final String TYPE = "org.heterostack.ui.analysisProblem";
    /** Marker attribute read by the model editor: the URI fragment of the object to select. */
    public static final String OBJECT = "org.heterostack.ui.editor.object";
    /** What follows the file of a record of results read from the file rather than run. */
    static final String STORED_SUFFIX = " (stored results)";

    /** One failure, ready to become a marker. */
    private record Failure(String message, String location, String fragment) {
    }

    private ResultMarkers() {
    }

    /**
     * Replaces the analysis markers of the run's file in the background.
     *
     * @param record a run; nothing happens when its file is not in the workspace
     * @return the job writing the markers, if the file is in the workspace
     */
    static Optional<WorkspaceJob> update(AnalysisRecord record) {
        Optional<IFile> file = file(record);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        List<Failure> failures = record.results().stream().filter(r -> r.getStatus() != ResultStatus.OK)
                .map(r -> failure(r, record)).toList();
        WorkspaceJob job = new WorkspaceJob("Marking failed analyses of " + file.get().getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                IFile target = file.get();
                if (!target.exists()) {
                    return Status.OK_STATUS;
                }
                target.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
                for (Failure failure : failures) {
                    IMarker marker = target.createMarker(TYPE);
                    marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
                    marker.setAttribute(IMarker.MESSAGE, failure.message());
                    marker.setAttribute(IMarker.LOCATION, failure.location());
                    if (failure.fragment() != null) {
                        marker.setAttribute(OBJECT, failure.fragment());
                    }
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(file.get());
        job.setSystem(true);
        job.schedule();
        return Optional.of(job);
    }

    /**
     * @param record a run
     * @return its model file in the workspace, if it is there
     */
    static Optional<IFile> file(AnalysisRecord record) {
        String path = record.file().endsWith(STORED_SUFFIX)
                ? record.file().substring(0, record.file().length() - STORED_SUFFIX.length()) : record.file();
        if (!path.startsWith("/") || path.split("/").length < 3) {
            return Optional.empty();
        }
        IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(org.eclipse.core.runtime.Path.fromPortableString(path));
        return file.exists() ? Optional.of(file) : Optional.empty();
    }

    /**
     * @param result a failed result
     * @param record its run (engine names)
     * @return one line: "Drift-diffusion with mobile ions failed on 'PD-2D3D': the message"
     */
    static String describe(AnalysisResult result, AnalysisRecord record) {
        return record.engineName(result) + " failed on '" + ResultColumns.targetName(result) + "': "
                + ResultColumns.error(result).orElse("no message");
    }

    private static Failure failure(AnalysisResult result, AnalysisRecord record) {
        String fragment = result.getTarget() == null || result.getTarget().eResource() == null ? null
                : result.getTarget().eResource().getURIFragment(result.getTarget());
        return new Failure(describe(result, record), ResultColumns.targetName(result), fragment);
    }
}
