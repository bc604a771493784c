package org.heterostack.ui.editor.internal;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.validation.ModelProblem;
import org.heterostack.model.validation.ModelValidation;

/**
 * The model's validation findings as Problems-view markers on its file, replaced after every change. A marker
 * remembers the object it is about, so that opening it selects that object in the editor.
 */
public final class ValidationMarkers {

    /** The marker type (a problem marker) of the editor's validation findings. */
    public static final String TYPE = org.heterostack.ui.editor.ModelEditors.PROBLEM_MARKER_TYPE;

    /** Marker attribute: the URI fragment of the object a finding is about. */
    public static final String OBJECT = "org.heterostack.ui.editor.object";

    /** One finding, ready to become a marker. */
    private record Finding(int severity, String message, String fragment, String location) {
    }

    private ValidationMarkers() {
    }

    /**
     * Validates the model now and replaces the file's markers in the background.
     *
     * @param file  the model's file in the workspace
     * @param model the model
     * @return the job writing the markers (already scheduled)
     */
    public static WorkspaceJob update(IFile file, HeterostackModel model) {
        List<Finding> findings = ModelValidation.validate(model).stream().map(ValidationMarkers::finding).toList();
        WorkspaceJob job = new WorkspaceJob("Updating problems of " + file.getName()) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                if (!file.exists()) {
                    return Status.OK_STATUS;
                }
                file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
                for (Finding finding : findings) {
                    IMarker marker = file.createMarker(TYPE);
                    marker.setAttribute(IMarker.SEVERITY, finding.severity());
                    marker.setAttribute(IMarker.MESSAGE, finding.message());
                    marker.setAttribute(IMarker.LOCATION, finding.location());
                    marker.setAttribute(OBJECT, finding.fragment());
                }
                return Status.OK_STATUS;
            }
        };
        job.setRule(file);
        job.setSystem(true);
        job.schedule();
        return job;
    }

    /**
     * The object a marker is about.
     *
     * @param marker a marker of {@link #TYPE}
     * @param model  the model open in the editor
     * @return the object, or null when it is no longer in the model
     */
    public static EObject object(IMarker marker, HeterostackModel model) {
        String fragment = marker.getAttribute(OBJECT, null);
        return fragment == null || model == null || model.eResource() == null ? null
                : model.eResource().getEObject(fragment);
    }

    private static Finding finding(ModelProblem problem) {
        int severity = switch (problem.severity()) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            case INFO -> IMarker.SEVERITY_INFO;
        };
        EObject object = problem.object();
        String fragment = object == null || object.eResource() == null ? null
                : object.eResource().getURIFragment(object);
        String location = problem.feature() == null ? "" : problem.feature().getName();
        return new Finding(severity, problem.message(), fragment, location);
    }
}
