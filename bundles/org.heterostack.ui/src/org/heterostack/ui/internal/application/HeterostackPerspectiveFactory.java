package org.heterostack.ui.internal.application;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.heterostack.ui.HeterostackWorkbench;

/**
 * The Heterostack perspective: projects on the left, the editor area (models) in the middle, Properties on the
 * right and Analysis Results, Problems, Progress and Error Log below.
 */
public class HeterostackPerspectiveFactory implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editorArea = layout.getEditorArea();
        layout.setEditorAreaVisible(true);

        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editorArea);
        left.addView(IPageLayout.ID_PROJECT_EXPLORER);

        IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.70f, editorArea);
        right.addView(IPageLayout.ID_PROP_SHEET);

        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.68f, editorArea);
        bottom.addView(HeterostackWorkbench.ANALYSIS_RESULTS_VIEW_ID);
        bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
        bottom.addView(IPageLayout.ID_PROGRESS_VIEW);
        bottom.addView(HeterostackWorkbench.ERROR_LOG_VIEW_ID);

        layout.addNewWizardShortcut(HeterostackWorkbench.NEW_PROJECT_WIZARD_ID);
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
        layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
        for (String view : HeterostackWorkbench.PERSPECTIVE_VIEW_IDS) {
            layout.addShowViewShortcut(view);
        }
        layout.addPerspectiveShortcut(HeterostackWorkbench.PERSPECTIVE_ID);
    }
}
