package org.heterostack.ui.internal.analysis;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.heterostack.engine.EngineRegistryLookup;

/**
 * "Analyze Model": runs the preferred engines on the objects of the selected {@code .hstack} file in an
 * {@link AnalysisJob} and shows the {@link AnalysisResultsView} when it has finished.
 */
public class AnalyzeModelHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        Optional<IFile> file = selectedModelFile(window, HandlerUtil.getCurrentStructuredSelection(event),
                "Analyze Model");
        if (file.isEmpty()) {
            return null;
        }
        AnalysisJob job;
        try {
            job = new AnalysisJob(file.get(), EngineRegistryLookup.registry(), storeResults());
        } catch (IllegalStateException e) {
            MessageDialog.openError(window.getShell(), "Analyze Model", e.getMessage());
            return null;
        }
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent done) {
                if (done.getResult().isOK()) {
                    Display.getDefault().asyncExec(() -> showResults(window));
                }
            }
        });
        job.schedule();
        return null;
    }

    /** @return whether the results are written into the model file (here: no, they are only shown) */
    protected boolean storeResults() {
        return false;
    }

    /**
     * @param window    the window, for the message
     * @param selection the current selection
     * @param title     the command's name, the title of the message
     * @return the first local {@code .hstack} file of the selection; when there is none the user is told to select one
     */
    static Optional<IFile> selectedModelFile(IWorkbenchWindow window, IStructuredSelection selection, String title) {
        for (Object element : selection) {
            IFile file = Adapters.adapt(element, IFile.class);
            if (file != null && "hstack".equals(file.getFileExtension()) && file.getLocation() != null) {
                return Optional.of(file);
            }
        }
        MessageDialog.openInformation(window.getShell(), title,
                "Select a Heterostack model (.hstack file) in the Project Explorer first.");
        return Optional.empty();
    }

    /** Shows the Analysis Results view in the window, unless the window has closed meanwhile. */
    static void showResults(IWorkbenchWindow window) {
        if (window.getShell() == null || window.getShell().isDisposed() || window.getActivePage() == null) {
            return;
        }
        try {
            window.getActivePage().showView(AnalysisResultsView.ID);
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), "Analysis Results", e.getMessage());
        }
    }
}
