package org.heterostack.ui.internal.project;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.heterostack.examples.ExampleCatalog;
import org.heterostack.examples.ExampleCatalog.ExampleFile;
import org.heterostack.examples.ExampleCatalog.ExampleProject;

/** Fills a brand-new workspace with the example projects, so a first start shows something to work on. */
public final class ExampleProjects {

    private ExampleProjects() {
    }

    /** Creates the example projects if the workspace has no project at all; logs, never throws. */
    public static void createInEmptyWorkspace() {
        if (ResourcesPlugin.getWorkspace().getRoot().getProjects().length > 0) {
            return;
        }
        try {
            IWorkspaceRunnable create = monitor -> {
                for (ExampleProject example : ExampleCatalog.projects()) {
                    create(example, monitor);
                }
            };
            ResourcesPlugin.getWorkspace().run(create, new NullProgressMonitor());
        } catch (CoreException e) {
            ILog.of(ExampleProjects.class).log(e.getStatus());
        }
    }

    /**
     * Creates one example project; files that exist already are left as they are.
     *
     * @param example the example
     * @param monitor progress monitor
     * @return the project
     * @throws CoreException if a file cannot be written
     */
    public static IProject create(ExampleProject example, IProgressMonitor monitor) throws CoreException {
        IProject project = HeterostackProjects.createOrOpen(example.name(), monitor);
        for (ExampleFile file : example.files()) {
            IFile target = project.getFile(file.path());
            if (target.exists()) {
                continue;
            }
            createParents(target.getParent(), monitor);
            try (InputStream in = file.content().openStream()) {
                target.create(in, IFile.FORCE, monitor);
            } catch (IOException e) {
                throw new CoreException(Status.error("Cannot read example file " + file.path(), e));
            }
        }
        return project;
    }

    private static void createParents(IContainer container, IProgressMonitor monitor) throws CoreException {
        if (container instanceof IFolder folder && !folder.exists()) {
            createParents(folder.getParent(), monitor);
            folder.create(true, true, monitor);
        }
    }
}
