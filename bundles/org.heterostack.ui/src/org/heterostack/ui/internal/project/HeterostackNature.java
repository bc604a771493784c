package org.heterostack.ui.internal.project;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectNature;

/**
 * Marks a workspace project as a Heterostack project (models, studies, results). It installs no builder:
 * validation and analyses run from the editor and the study runner.
 */
public class HeterostackNature implements IProjectNature {

    private IProject project;

    @Override
    public void configure() {
        // no builder to install
    }

    @Override
    public void deconfigure() {
        // no builder to remove
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }
}
