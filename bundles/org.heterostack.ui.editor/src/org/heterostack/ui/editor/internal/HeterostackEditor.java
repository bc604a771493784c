package org.heterostack.ui.editor.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.ide.IGotoMarker;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.eclipse.ui.views.properties.IPropertySheetPage;

/**
 * The editor of {@code .hstack} files. Its pages (the stack canvas, the model tree), the Outline and the Properties
 * view share one selection; every change is a command on one editing domain, so Undo and Redo cover all of them and
 * the editor is dirty exactly while changes are unsaved. Saving is atomic; a file that cannot be read shows its
 * problems with line and column instead of an empty editor; a file changed on disk is read again (after asking when
 * there are unsaved changes).
 */
public final class HeterostackEditor extends EditorPart implements IEditingDomainProvider, IGotoMarker {

    private final SelectionHub selection = new SelectionHub();
    private ModelDocument document;
    private IFile file;
    private LiveResults liveResults;
    private EditorActions actions;
    private EditorPages pages;
    private ModelOutlinePage outline;
    private ModelPropertySheetPage properties;
    private FileWatcher watcher;
    private boolean validationPending;
    private final CommandStackListener stackListener = event -> commandStackChanged();

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        Path path = switch (input) {
            case IFileEditorInput fileInput when fileInput.getFile().getLocation() != null -> {
                file = fileInput.getFile();
                liveResults = new LiveResults(file);
                yield file.getLocation().toPath();
            }
            case IURIEditorInput uriInput when "file".equals(uriInput.getURI().getScheme()) -> Path.of(uriInput.getURI());
            default -> throw new PartInitException("Heterostack can only edit model files on the local disk: " + input);
        };
        setSite(site);
        setInputWithNotify(input);
        setPartName(input.getName());
        document = new ModelDocument(path);
        document.load();
        document.domain().getCommandStack().addCommandStackListener(stackListener);
        actions = new EditorActions(this);
        selection.addSelectionChangedListener(event -> actions.update());
        site.setSelectionProvider(selection);
        watch();
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite container = new Composite(parent, 0);
        pages = new EditorPages(container, this);
        showDocument();
    }

    /** Shows the model, or the error page when the file could not be read, and validates it. */
    private void showDocument() {
        pages.show(document);
        if (outline != null) {
            outline.refreshModel();
        }
        if (properties != null && !properties.getControl().isDisposed()) {
            properties.refresh();
        }
        selection.setSelection(StructuredSelection.EMPTY);
        validate();
        firePropertyChange(PROP_DIRTY);
        actions.update();
    }

    private void commandStackChanged() {
        firePropertyChange(PROP_DIRTY);
        pages.modelChanged();
        Command last = document.domain().getCommandStack().getMostRecentCommand();
        Collection<?> affected = last == null ? null : last.getAffectedObjects();
        if (affected != null && !affected.isEmpty() && affected.stream().allMatch(o -> o instanceof EObject e
                && e.eResource() != null)) {
            selection.setSelection(new StructuredSelection(affected.toArray()));
        }
        actions.update();
        if (properties != null && properties.getControl() != null && !properties.getControl().isDisposed()) {
            properties.refresh();
        }
        scheduleValidation();
        if (liveResults != null && document.model() != null) {
            liveResults.request(document.model());
        }
    }

    private void scheduleValidation() {
        if (validationPending || file == null) {
            return;
        }
        validationPending = true;
        getSite().getShell().getDisplay().timerExec(300, () -> {
            validationPending = false;
            if (document != null) {
                validate();
            }
        });
    }

    private void validate() {
        if (file != null && document.model() != null) {
            ValidationMarkers.update(file, document.model());
        }
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        try {
            document.save();
            refreshWorkspaceFile();
            firePropertyChange(PROP_DIRTY);
            actions.update();
        } catch (IOException | RuntimeException e) {
            if (monitor != null) {
                monitor.setCanceled(true);
            }
            MessageDialog.openError(getSite().getShell(), "Cannot Save " + getPartName(), "The model could not be "
                    + "saved:\n\n" + e.getMessage() + "\n\nThe file on disk is unchanged and the editor keeps all "
                    + "your changes; fix the problem and save again, or use File > Save As.");
        }
    }

    @Override
    public void doSaveAs() {
        SaveAs.run(this);
    }

    /**
     * Makes the editor show another file after Save As.
     *
     * @param input the new input
     * @param newFile the new workspace file
     */
    void movedTo(IEditorInput input, IFile newFile) {
        if (watcher != null) {
            watcher.stop();
        }
        file = newFile;
        setInputWithNotify(input);
        setPartName(input.getName());
        watch();
        firePropertyChange(PROP_DIRTY);
        actions.update();
        validate();
    }

    private void watch() {
        if (file == null) {
            return;
        }
        watcher = FileWatcher.start(file, getSite().getShell().getDisplay(), new FileWatcher.Reaction() {
            @Override
            public void changed() {
                fileChangedOnDisk();
            }

            @Override
            public void removed() {
                fileRemoved();
            }
        });
    }

    private void refreshWorkspaceFile() {
        if (file != null) {
            try {
                file.refreshLocal(IResource.DEPTH_ZERO, null);
            } catch (CoreException e) {
                getSite().getShell().getDisplay().beep();
            }
        }
    }

    /** Reads the file again, dropping unsaved changes and the undo history (File > Revert). */
    public void revert() {
        document.load();
        showDocument();
    }

    private void fileChangedOnDisk() {
        if (document == null || !document.changedOnDisk()) {
            return;
        }
        if (!isDirty() || MessageDialog.openQuestion(getSite().getShell(), "File Changed", "The file '"
                + getPartName() + "' has been changed on disk. Replace the editor's content with the file? "
                + "Your unsaved changes in the editor would be lost.")) {
            revert();
        } else {
            document.acknowledgeDiskState();
        }
    }

    private void fileRemoved() {
        if (document != null && !isDirty() && file != null && !file.exists()) {
            getSite().getPage().closeEditor(this, false);
        }
    }

    /** Opens the file in the text editor (from the error page). */
    void openAsText() {
        try {
            IDE.openEditor(getSite().getPage(), document.file().toUri(), "org.eclipse.ui.DefaultTextEditor", true);
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), "Cannot Open", e.getMessage());
        }
    }

    @Override
    public void gotoMarker(IMarker marker) {
        EObject object = ValidationMarkers.object(marker, document.model());
        if (object != null) {
            selection.setSelection(new StructuredSelection(object));
        }
    }

    /** Makes the editor's Undo, Redo, Cut, Copy, Paste, Delete and Revert the handlers in a part's (or page's) action bars. */
    void shareGlobalActions(IActionBars bars) {
        actions.share(bars);
    }

    @Override
    public boolean isDirty() {
        return document != null && document.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return document != null && document.model() != null;
    }

    @Override
    public void setFocus() {
        pages.setFocus();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IContentOutlinePage.class && document.model() != null) {
            if (outline == null) {
                outline = new ModelOutlinePage(this);
            }
            return adapter.cast(outline);
        }
        if (adapter == IPropertySheetPage.class) {
            if (properties == null || properties.getControl() == null || properties.getControl().isDisposed()) {
                properties = new ModelPropertySheetPage(this);
            }
            return adapter.cast(properties);
        }
        if (adapter == IGotoMarker.class || adapter == IEditingDomainProvider.class) {
            return adapter.cast(this);
        }
        return super.getAdapter(adapter);
    }

    @Override
    public void dispose() {
        if (watcher != null) {
            watcher.stop();
        }
        if (liveResults != null) {
            liveResults.cancel();
        }
        if (pages != null) {
            pages.dispose();
        }
        if (document != null) {
            document.domain().getCommandStack().removeCommandStackListener(stackListener);
            document.dispose();
        }
        super.dispose();
    }

    @Override
    public EditingDomain getEditingDomain() {
        return document.domain();
    }

    /** @return the open file's model, domain and state */
    public ModelDocument document() {
        return document;
    }

    /** @return the selection the editor's pages and views share */
    public SelectionHub selection() {
        return selection;
    }

    /** @return the editor's pages */
    public EditorPages pages() {
        return pages;
    }

    /** @return the workspace file, or null for a file outside the workspace */
    public IFile file() {
        return file;
    }

    /** @return the Undo, Redo, Cut, Copy, Paste, Delete and Revert actions */
    EditorActions actions() {
        return actions;
    }
}
