package org.heterostack.ui.study.internal.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.navigator.CommonActionProvider;
import org.eclipse.ui.navigator.ICommonActionConstants;
import org.eclipse.ui.navigator.ICommonActionExtensionSite;
import org.eclipse.ui.navigator.ICommonViewerWorkbenchSite;
import org.heterostack.ui.editor.ModelEditors;
import org.heterostack.ui.study.internal.run.StudyRef;

/**
 * Opening a study in the Project Explorer (double-click, Enter, Open): its model file in the model editor, on the
 * study's page.
 */
public final class OpenStudyProvider extends CommonActionProvider {

    private Action open;

    @Override
    public void init(ICommonActionExtensionSite site) {
        if (site.getViewSite() instanceof ICommonViewerWorkbenchSite workbench) {
            open = new Action("Open") {
                @Override
                public void run() {
                    if (getContext().getSelection() instanceof IStructuredSelection selection
                            && selection.getFirstElement() instanceof StudyRef study) {
                        open(workbench.getPage(), study);
                    }
                }
            };
        }
    }

    @Override
    public void fillActionBars(IActionBars bars) {
        if (open != null && getContext() != null && getContext().getSelection() instanceof IStructuredSelection s
                && s.size() == 1 && s.getFirstElement() instanceof StudyRef) {
            bars.setGlobalActionHandler(ICommonActionConstants.OPEN, open);
        }
    }

    /**
     * Opens a study's model file in the model editor and shows the study's page.
     *
     * @param page  the workbench page
     * @param study the study
     * @return the editor, null when it could not be opened (the user was told)
     */
    public static IEditorPart open(IWorkbenchPage page, StudyRef study) {
        try {
            IEditorPart editor = IDE.openEditor(page, study.file(), ModelEditors.EDITOR_ID, true);
            ModelEditors.reveal(editor, study);
            return editor;
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), "Open Study", e.getMessage());
            return null;
        }
    }
}
