package org.heterostack.ui.editor.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.heterostack.engine.EngineRegistryLookup;
import org.heterostack.ui.HeterostackWorkbench;
import org.heterostack.ui.internal.analysis.AnalysisJob;

/**
 * "Analyze Model" (and "... and Store Results") while a model editor is active: analyses the editor's file, so the
 * command is not greyed out because the editor, not the Project Explorer, has the focus. Unsaved changes are saved
 * first when the user agrees (the engines read the file); the Analysis Results view opens when the run is done.
 */
public final class AnalyzeEditorModelHandler extends AbstractHandler {

    /** Id of "Analyze Model and Store Results". */
    static final String ANALYZE_AND_STORE = "org.heterostack.ui.analyzeAndStore";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        IEditorPart part = HandlerUtil.getActiveEditor(event);
        if (!(part instanceof HeterostackEditor editor) || editor.file() == null) {
            return null;
        }
        if (editor.isDirty()) {
            if (!MessageDialog.openQuestion(window.getShell(), "Analyze Model", editor.file().getName()
                    + " has unsaved changes. The engines analyse the file: save it and analyse?")) {
                return null;
            }
            editor.doSave(null);
            if (editor.isDirty()) {
                return null;
            }
        }
        boolean store = ANALYZE_AND_STORE.equals(event.getCommand().getId());
        Job job;
        try {
            job = new AnalysisJob(editor.file(), EngineRegistryLookup.registry(), store);
        } catch (IllegalStateException e) {
            MessageDialog.openError(window.getShell(), "Analyze Model", e.getMessage());
            return null;
        }
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent done) {
                if (done.getResult().isOK()) {
                    window.getShell().getDisplay().asyncExec(() -> showResults(window));
                }
            }
        });
        job.schedule();
        return job;
    }

    private static void showResults(IWorkbenchWindow window) {
        if (window.getShell().isDisposed() || window.getActivePage() == null) {
            return;
        }
        try {
            window.getActivePage().showView(HeterostackWorkbench.ANALYSIS_RESULTS_VIEW_ID, null,
                    org.eclipse.ui.IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            MessageDialog.openError(window.getShell(), "Analysis Results", e.getMessage());
        }
    }
}
