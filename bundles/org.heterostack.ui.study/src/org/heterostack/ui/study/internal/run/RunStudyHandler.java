package org.heterostack.ui.study.internal.run;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.heterostack.ui.study.internal.results.ShowResultsHandler;

/**
 * "Run Study": runs (or resumes) a study of the selected model file, or the selected study, in a {@link RunStudyJob};
 * when the file has several studies the user picks one. When the run ends its results are shown.
 */
public final class RunStudyHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        for (Object element : HandlerUtil.getCurrentStructuredSelection(event)) {
            StudyRef study = Adapters.adapt(element, StudyRef.class);
            if (study != null) {
                schedule(study.file(), study.name());
                return null;
            }
            IFile file = Adapters.adapt(element, IFile.class);
            if (file != null && "hstack".equals(file.getFileExtension()) && file.getLocation() != null) {
                String name = choose(shell, file, StudyFiles.studyNames(file));
                if (name != null) {
                    schedule(file, name);
                }
                return null;
            }
        }
        MessageDialog.openInformation(shell, "Run Study", "Select a Heterostack model (.hstack file) with a study, "
                + "or one of its studies, in the Project Explorer first.");
        return null;
    }

    private static String choose(Shell shell, IFile file, List<String> studies) {
        if (studies.isEmpty()) {
            MessageDialog.openInformation(shell, "Run Study", file.getName() + " has no studies (or cannot be read).");
            return null;
        }
        if (studies.size() == 1) {
            return studies.get(0);
        }
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider());
        dialog.setTitle("Run Study");
        dialog.setMessage("Which study of " + file.getName() + " to run:");
        dialog.setElements(studies.toArray());
        dialog.setMultipleSelection(false);
        return dialog.open() == ElementListSelectionDialog.OK ? (String) dialog.getFirstResult() : null;
    }

    private static void showResults(StudyRef study) {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window != null && window.getActivePage() != null) {
            try {
                ShowResultsHandler.show(window.getActivePage(), List.of(study));
            } catch (ExecutionException e) {
                MessageDialog.openError(window.getShell(), "Study Results", e.getMessage());
            }
        }
    }

    /**
     * Schedules a run with one worker per processor.
     *
     * @param file  the model file
     * @param study the study name
     * @return the scheduled job
     */
    public static RunStudyJob schedule(IFile file, String study) {
        RunStudyJob job = new RunStudyJob(file, study, Runtime.getRuntime().availableProcessors());
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (job.summary() != null) {
                    Display.getDefault().asyncExec(() -> showResults(new StudyRef(file, study)));
                }
            }
        });
        job.schedule();
        return job;
    }
}
