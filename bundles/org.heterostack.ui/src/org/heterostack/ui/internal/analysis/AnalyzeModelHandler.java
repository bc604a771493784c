package org.heterostack.ui.internal.analysis;

import java.util.ArrayList;
import java.util.List;
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
 * "Analyze Model": runs the preferred engines on the objects of every selected {@code .hstack} file, one
 * {@link AnalysisJob} per file, and shows the {@link AnalysisResultsView} when they have finished (the view lists
 * each file's run).
 */
public class AnalyzeModelHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        List<IFile> files = selectedModelFiles(window, HandlerUtil.getCurrentStructuredSelection(event),
                "Analyze Model");
        List<AnalysisJob> jobs = new ArrayList<>();
        for (IFile file : files) {
            try {
                jobs.add(new AnalysisJob(file, EngineRegistryLookup.registry(), storeResults()));
            } catch (IllegalStateException e) {
                MessageDialog.openError(window.getShell(), "Analyze Model", e.getMessage());
                return null;
            }
        }
        for (AnalysisJob job : jobs) {
            job.addJobChangeListener(new JobChangeAdapter() {
                @Override
                public void done(IJobChangeEvent done) {
                    if (done.getResult().isOK()) {
                        Display.getDefault().asyncExec(() -> showResults(window));
                    }
                }
            });
            job.schedule();
        }
        return jobs;
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
        return selectedModelFiles(window, selection, title).stream().findFirst();
    }

    /**
     * @param window    the window, for the message
     * @param selection the current selection
     * @param title     the command's name, the title of the message
     * @return every local {@code .hstack} file of the selection, in its order; when there is none the user is told
     *         to select one
     */
    static List<IFile> selectedModelFiles(IWorkbenchWindow window, IStructuredSelection selection, String title) {
        List<IFile> files = new ArrayList<>();
        for (Object element : selection) {
            IFile file = Adapters.adapt(element, IFile.class);
            if (file != null && "hstack".equals(file.getFileExtension()) && file.getLocation() != null
                    && !files.contains(file)) {
                files.add(file);
            }
        }
        if (files.isEmpty()) {
            MessageDialog.openInformation(window.getShell(), title,
                    "Select a Heterostack model (.hstack file) in the Project Explorer first.");
        }
        return files;
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
