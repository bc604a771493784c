package org.heterostack.ui.internal.project;

import java.util.Arrays;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.heterostack.ui.HeterostackWorkbench;

/** Creates Heterostack projects and gives existing projects the Heterostack nature. */
public final class HeterostackProjects {

    private HeterostackProjects() {
    }

    /**
     * Creates and opens a project with the Heterostack nature, or opens and converts the existing one.
     *
     * @param name    the project name
     * @param monitor progress monitor
     * @return the open project
     * @throws CoreException if the workspace refuses
     */
    public static IProject createOrOpen(String name, IProgressMonitor monitor) throws CoreException {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject(name);
        if (!project.exists()) {
            IProjectDescription description = workspace.newProjectDescription(name);
            description.setNatureIds(new String[] { HeterostackWorkbench.NATURE_ID });
            project.create(description, monitor);
        }
        if (!project.isOpen()) {
            project.open(monitor);
        }
        addNature(project, monitor);
        return project;
    }

    /**
     * Adds the Heterostack nature to an open project unless it has it already.
     *
     * @param project the project
     * @param monitor progress monitor
     * @throws CoreException if the project description cannot be changed
     */
    public static void addNature(IProject project, IProgressMonitor monitor) throws CoreException {
        IProjectDescription description = project.getDescription();
        if (description.hasNature(HeterostackWorkbench.NATURE_ID)) {
            return;
        }
        String[] natures = Arrays.copyOf(description.getNatureIds(), description.getNatureIds().length + 1);
        natures[natures.length - 1] = HeterostackWorkbench.NATURE_ID;
        description.setNatureIds(natures);
        project.setDescription(description, monitor);
    }
}
