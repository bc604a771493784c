package org.heterostack.ui.study.internal.wizard;

import java.io.IOException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.heterostack.engine.EngineRegistryLookup;
import org.heterostack.library.Library;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Study;
import org.heterostack.model.io.ModelFiles;
import org.heterostack.study.StudyException;
import org.heterostack.ui.study.internal.run.StudyFiles;
import org.heterostack.ui.study.internal.run.WorkspaceStudies;

/**
 * "New > Heterostack Study": adds a study to the selected model file ({@link StudyPage}); the file is written
 * atomically, and Run Study runs it.
 */
public final class NewStudyWizard extends Wizard implements INewWizard {

    private IFile file;
    private HeterostackModel model;
    private StudyPage page;
    private String problem;

    /** Sets the title. */
    public NewStudyWizard() {
        setWindowTitle("New Study");
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        for (Object element : selection) {
            IFile selected = Adapters.adapt(element, IFile.class);
            if (selected != null && "hstack".equals(selected.getFileExtension()) && selected.getLocation() != null) {
                file = selected;
                break;
            }
        }
        if (file == null) {
            problem = "Select the model file (.hstack) the study belongs to in the Project Explorer first.";
            return;
        }
        try {
            model = StudyFiles.load(file);
        } catch (StudyException e) {
            problem = e.getMessage();
        }
    }

    @Override
    public void addPages() {
        if (model == null) {
            addPage(new WizardPage("problem", "New Study", null) {
                @Override
                public void createControl(Composite parent) {
                    Label label = new Label(parent, SWT.WRAP);
                    label.setText(problem);
                    setErrorMessage(problem);
                    setPageComplete(false);
                    setControl(label);
                }
            });
            return;
        }
        // spacers: the organic cations for which the model derives a 2D phase (not the 3D A-site cations MA, FA)
        page = new StudyPage(model, Library.get().cations().stream().filter(c -> c.getExpectedPhase() != null)
                .toList(), EngineRegistryLookup.registry().engines());
        addPage(page);
    }

    @Override
    public boolean canFinish() {
        return page != null && page.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        Study study = page.draft().build();
        model.getStudies().add(study);
        try {
            ModelFiles.save(model, WorkspaceStudies.path(file));
            file.refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());
            return true;
        } catch (IOException | CoreException e) {
            model.getStudies().remove(study);
            MessageDialog.openError(getShell(), "New Study", "Cannot write " + file.getFullPath() + ": "
                    + e.getMessage());
            return false;
        }
    }

    /** @return why the wizard cannot add a study (no model file selected, or it does not load), or null */
    public String problem() {
        return problem;
    }

    /** @return the page, null when there is a {@link #problem()} */
    public StudyPage page() {
        return page;
    }

    /** @return the model file the study goes into */
    public IFile file() {
        return file;
    }
}
