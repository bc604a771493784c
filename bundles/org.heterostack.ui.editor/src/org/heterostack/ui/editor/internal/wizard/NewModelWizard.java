package org.heterostack.ui.editor.internal.wizard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/**
 * File > New > Heterostack Model: a {@code .hstack} file in a project, from a {@link ModelTemplate}, opened in the
 * model editor.
 */
public final class NewModelWizard extends Wizard implements INewWizard {

    private IWorkbench workbench;
    private Page page;

    @Override
    public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
        workbench = newWorkbench;
        page = new Page(selection);
        setWindowTitle("New Heterostack Model");
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IFile file = page.createNewFile();
        if (file == null) {
            return false;
        }
        try {
            IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, true);
        } catch (PartInitException e) {
            MessageDialog.openError(getShell(), "New Heterostack Model", file.getFullPath()
                    + " was created but could not be opened: " + e.getMessage());
        }
        return true;
    }

    /** @return the page (file name, folder, template) */
    public Page page() {
        return page;
    }

    /** The file page with the templates below it. */
    public static final class Page extends WizardNewFileCreationPage {

        private final List<Button> buttons = new ArrayList<>();
        private ModelTemplate template = ModelTemplate.NIP;
        private String problem;

        Page(IStructuredSelection selection) {
            super("model", selection);
            setTitle("Heterostack Model");
            setDescription("A new .hstack model, empty or from a template you then edit");
            setFileExtension("hstack");
            setFileName("model.hstack");
        }

        @Override
        public void createControl(Composite parent) {
            super.createControl(parent);
            Group group = new Group((Composite) getControl(), SWT.NONE);
            group.setText("Start from");
            group.setLayout(new GridLayout(1, false));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
            for (ModelTemplate choice : ModelTemplate.values()) {
                Button button = new Button(group, SWT.RADIO);
                buttons.add(button);
                button.setText(choice.label());
                button.setSelection(choice == template);
                button.setData(choice);
                button.addListener(SWT.Selection, e -> {
                    if (button.getSelection()) {
                        template = choice;
                    }
                });
            }
        }

        /** @param choice the template to start from (as choosing its button does) */
        public void template(ModelTemplate choice) {
            template = choice;
            buttons.forEach(b -> b.setSelection(b.getData() == choice));
        }

        @Override
        protected InputStream getInitialContents() {
            try {
                problem = null;
                return new ByteArrayInputStream(template.content());
            } catch (IOException e) {
                problem = e.getMessage();
                setErrorMessage("The template could not be written: " + problem);
                return null;
            }
        }
    }
}
