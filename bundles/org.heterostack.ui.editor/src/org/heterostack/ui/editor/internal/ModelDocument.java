package org.heterostack.ui.editor.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.io.FileDiagnostic;
import org.heterostack.model.io.LoadResult;
import org.heterostack.model.io.ModelFiles;
import org.heterostack.model.provider.HeterostackItemProviderAdapterFactory;

/**
 * A {@code .hstack} file open for editing, without any UI: the model read by the model's own loader (so a broken
 * file yields its diagnostics with line and column instead of an exception), one editing domain whose command stack
 * records every change, and saving through the model's atomic writer (a failed save leaves the file and the edits
 * as they were).
 */
public final class ModelDocument {

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory();
    private final AdapterFactoryEditingDomain domain;
    private Path file;
    private HeterostackModel model;
    private List<FileDiagnostic> diagnostics = List.of();
    private FileTime loadedStamp;

    /** @param file the file to edit; read by {@link #load()} */
    public ModelDocument(Path file) {
        this.file = file;
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new HeterostackItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(), new HashMap<>());
    }

    /**
     * (Re)reads the file, dropping the current model and its undo history.
     *
     * @return whether the file could be read; otherwise {@link #diagnostics()} say why
     */
    public boolean load() {
        Resource old = resource();
        if (old != null) {
            domain.getResourceSet().getResources().remove(old);
            old.unload();
        }
        loadedStamp = stamp();
        LoadResult result = ModelFiles.load(file);
        diagnostics = result.diagnostics();
        model = result.ok() ? result.model() : null;
        if (model != null) {
            domain.getResourceSet().getResources().add(model.eResource());
        }
        domain.getCommandStack().flush();
        return model != null;
    }

    /**
     * Writes the model to its file atomically and marks the command stack saved.
     *
     * @throws IOException when the file cannot be written; the file and the edits are then unchanged
     */
    public void save() throws IOException {
        ModelFiles.save(model, file);
        loadedStamp = stamp();
        ((BasicCommandStack) domain.getCommandStack()).saveIsDone();
    }

    /**
     * Writes the model to another file, which it then belongs to.
     *
     * @param target the new file
     * @throws IOException when the file cannot be written; the document then stays with its old file
     */
    public void saveAs(Path target) throws IOException {
        Resource resource = resource();
        URI oldUri = resource.getURI();
        Path oldFile = file;
        resource.setURI(URI.createFileURI(target.toAbsolutePath().toString()));
        file = target;
        try {
            save();
        } catch (IOException | RuntimeException e) {
            resource.setURI(oldUri);
            file = oldFile;
            throw e;
        }
    }

    /** @return whether the file on disk changed since it was last read or written here */
    public boolean changedOnDisk() {
        FileTime now = stamp();
        return now != null && !now.equals(loadedStamp);
    }

    /** Accepts the file on disk as it is now, so that {@link #changedOnDisk()} says false until it changes again. */
    public void acknowledgeDiskState() {
        loadedStamp = stamp();
    }

    private FileTime stamp() {
        try {
            return Files.exists(file) ? Files.getLastModifiedTime(file) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** @return whether there are changes not yet saved */
    public boolean isDirty() {
        return model != null && ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
    }

    /** @return the model, or null when the file could not be read */
    public HeterostackModel model() {
        return model;
    }

    /** @return the resource of the model, or null */
    public Resource resource() {
        return model == null ? null : model.eResource();
    }

    /** @return what the loader reported (errors when the file could not be read, else warnings) */
    public List<FileDiagnostic> diagnostics() {
        return diagnostics;
    }

    /** @return the file */
    public Path file() {
        return file;
    }

    /** @return the editing domain; every change goes through its command stack */
    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    /** @return the item providers' factory */
    public ComposedAdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /** Releases the item providers. */
    public void dispose() {
        adapterFactory.dispose();
    }
}
