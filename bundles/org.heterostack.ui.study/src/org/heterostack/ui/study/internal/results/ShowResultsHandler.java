package org.heterostack.ui.study.internal.results;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.heterostack.ui.study.internal.run.StudyFiles;
import org.heterostack.ui.study.internal.run.StudyRef;

/**
 * "Show Study Results": the selected studies, or every study of the selected model files, of one or several projects,
 * in one Study Results table (a cross-project comparison when they come from several projects).
 */
public final class ShowResultsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        List<StudyRef> studies = new ArrayList<>();
        for (Object element : HandlerUtil.getCurrentStructuredSelection(event)) {
            StudyRef study = Adapters.adapt(element, StudyRef.class);
            IFile file = Adapters.adapt(element, IFile.class);
            if (study != null) {
                studies.add(study);
            } else if (file != null && "hstack".equals(file.getFileExtension()) && file.getLocation() != null) {
                StudyFiles.studyNames(file).forEach(name -> studies.add(new StudyRef(file, name)));
            }
        }
        if (studies.isEmpty()) {
            MessageDialog.openInformation(HandlerUtil.getActiveShellChecked(event), "Show Study Results",
                    "Select studies, or models with studies, in the Project Explorer first.");
            return null;
        }
        show(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(), studies);
        return null;
    }

    /**
     * @param page    the workbench page
     * @param studies the studies to show
     * @return the view
     * @throws ExecutionException when the view cannot be opened
     */
    public static StudyResultsView show(IWorkbenchPage page, List<StudyRef> studies) throws ExecutionException {
        try {
            StudyResultsView view = (StudyResultsView) page.showView(StudyResultsView.ID);
            view.show(studies);
            return view;
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
    }
}
