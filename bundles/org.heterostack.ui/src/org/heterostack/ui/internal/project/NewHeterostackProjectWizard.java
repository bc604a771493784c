package org.heterostack.ui.internal.project;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;
import org.eclipse.ui.statushandlers.StatusManager;
import org.eclipse.ui.wizards.newresource.BasicNewProjectResourceWizard;

/** "New > Heterostack Project": the platform's project page (name, location, working sets) plus our nature. */
public class NewHeterostackProjectWizard extends BasicNewProjectResourceWizard {

    private String initialProjectName;

    /**
     * Pre-fills the project name; call before the wizard's pages are created.
     *
     * @param name the suggested project name
     */
    public void setInitialProjectName(String name) {
        this.initialProjectName = name;
    }

    @Override
    public void addPages() {
        super.addPages();
        setWindowTitle("New Heterostack Project");
        if (getPage("basicNewProjectPage") instanceof WizardNewProjectCreationPage page) {
            page.setTitle("Heterostack Project");
            page.setDescription("Create a project for heterostructure models, studies and analysis results.");
            if (initialProjectName != null) {
                page.setInitialProjectName(initialProjectName);
            }
        }
    }

    @Override
    public boolean performFinish() {
        if (!super.performFinish()) {
            return false;
        }
        try {
            HeterostackProjects.addNature(getNewProject(), new NullProgressMonitor());
            return true;
        } catch (CoreException e) {
            StatusManager.getManager().handle(e.getStatus(), StatusManager.SHOW | StatusManager.LOG);
            return false;
        }
    }
}
