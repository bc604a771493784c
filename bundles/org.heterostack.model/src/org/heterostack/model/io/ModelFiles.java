package org.heterostack.model.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.HeterostackPackage;
import org.heterostack.model.Severity;
import org.heterostack.model.internal.FileLocks;
import org.heterostack.model.internal.LoadProblems;
import org.heterostack.model.internal.ModelFileWriter;
import org.heterostack.model.internal.OutsideReferences;
import org.heterostack.model.internal.ReferencePositions;
import org.heterostack.model.internal.StoredResultRepair;
import org.heterostack.model.internal.ValidatorRegistration;

/**
 * Reading and writing {@code .hstack} files: the entry point for the workbench, the command line, engines and
 * tests, inside or outside OSGi. Loading never throws for a bad file: it returns diagnostics with line and
 * column. Saving is atomic.
 */
public final class ModelFiles {

    /** File extension of Heterostack models. */
    public static final String EXTENSION = "hstack";

    /** Namespace URI of the model version this code reads and writes. */
    public static final String NAMESPACE = HeterostackPackage.eNS_URI;

    static {
        ValidatorRegistration.register();
    }

    private ModelFiles() {
    }

    /**
     * A new, empty model.
     *
     * @return a model without content
     */
    public static HeterostackModel createModel() {
        return HeterostackFactory.eINSTANCE.createHeterostackModel();
    }

    /**
     * A resource set that reads and writes {@code .hstack} files with {@link HstackResource}, also outside OSGi.
     *
     * @return a new resource set
     */
    public static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(EXTENSION,
                new HstackResourceFactory());
        resourceSet.getPackageRegistry().put(NAMESPACE, HeterostackPackage.eINSTANCE);
        return resourceSet;
    }

    /**
     * Reads a model file.
     *
     * @param file the file
     * @return the model, or null with an error saying why it could not be read
     */
    public static LoadResult load(Path file) {
        String name = file.toString();
        if (!Files.isRegularFile(file)) {
            return failure(name, Files.exists(file) ? "not a regular file" : "file not found");
        }
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            return failure(name, "cannot read the file: " + e.getMessage());
        }
        return load(content, URI.createFileURI(file.toAbsolutePath().toString()), name);
    }

    /**
     * Reads a model from a stream (e.g. standard input or a bundle entry).
     *
     * @param in   the content; read completely, not closed
     * @param name name of the source for the diagnostics, e.g. a file name
     * @return the model, or null with an error saying why it could not be read
     */
    public static LoadResult load(InputStream in, String name) {
        byte[] content;
        try {
            content = in.readAllBytes();
        } catch (IOException e) {
            return failure(name, "cannot read " + name + ": " + e.getMessage());
        }
        return load(content, URI.createURI("memory:/" + URI.encodeSegment(name, false)), name);
    }

    private static LoadResult load(byte[] content, URI uri, String name) {
        InputStream in = new ByteArrayInputStream(content);
        ResourceSet resourceSet = newResourceSet();
        resourceSet.setURIConverter(new OnlyItselfURIConverter(uri));
        HstackResource resource = new HstackResource(uri);
        resourceSet.getResources().add(resource);
        List<FileDiagnostic> diagnostics = new ArrayList<>();
        try {
            resource.load(in, null);
        } catch (IOException e) {
            Throwable cause = e instanceof Resource.IOWrappedException wrapped ? wrapped.getCause() : e;
            if (!resource.getErrors().contains(cause)) {
                diagnostics.add(new FileDiagnostic(Severity.ERROR, name, 0, 0, String.valueOf(cause.getMessage())));
            }
        } catch (RuntimeException e) {
            String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            diagnostics.add(new FileDiagnostic(Severity.ERROR, name, 0, 0, "cannot read the file: " + reason));
        }
        resource.getErrors().forEach(d -> diagnostics.add(diagnostic(Severity.ERROR, name, d, content)));
        resource.getWarnings().forEach(d -> diagnostics.add(diagnostic(Severity.WARNING, name, d, content)));
        diagnostics.sort(Comparator.comparingInt(FileDiagnostic::line).thenComparingInt(FileDiagnostic::column));
        boolean failed = diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
        if (!failed && (resource.getContents().size() != 1
                || !(resource.getContents().get(0) instanceof HeterostackModel))) {
            diagnostics.add(new FileDiagnostic(Severity.ERROR, name, 0, 0,
                    "the file must contain exactly one <hstack:HeterostackModel> element"));
            failed = true;
        }
        if (failed) {
            return new LoadResult(null, diagnostics);
        }
        HeterostackModel model = (HeterostackModel) resource.getContents().get(0);
        StoredResultRepair.repair(model).forEach(problem -> diagnostics.add(
                new FileDiagnostic(Severity.WARNING, name, 0, 0, problem)));
        return new LoadResult(model, diagnostics);
    }

    /**
     * Writes a model to a file atomically: a failure leaves the previous file intact. A model that is not yet in
     * a resource is put into a new {@link HstackResource} for that file; a model in a resource stays there (its
     * resource is not moved).
     *
     * @param model the model; must be the root of its resource, if it has one
     * @param file  the file to write
     * @throws IOException when the file cannot be written (e.g. a reference to an object outside any file)
     */
    public static void save(HeterostackModel model, Path file) throws IOException {
        Resource resource = model.eResource();
        URI uri = URI.createFileURI(file.toAbsolutePath().toString());
        if (resource == null) {
            resource = newResourceSet().createResource(uri);
            resource.getContents().add(model);
        } else if (resource.getContents().get(0) != model) {
            throw new IllegalArgumentException("the model is not the root of its resource");
        }
        if (resource instanceof HstackResource && uri.equals(resource.getURI())) {
            resource.save(null);
        } else if (resource instanceof XMLResource xml) {
            checkSelfContained(resource);
            ModelFileWriter.write(file, out -> xml.save(out, HstackResource.saveOptions()));
        } else {
            throw new IllegalArgumentException("the model is in a resource that cannot write XMI: " + resource);
        }
    }

    /** A change to a model file, made on the model as it is on disk now. */
    @FunctionalInterface
    public interface Update {

        /**
         * Changes the model read from the file; it is written back when this returns.
         *
         * @param onDisk the model as the file holds it now
         * @throws IOException to leave the file unchanged, saying why
         */
        void apply(HeterostackModel onDisk) throws IOException;
    }

    /**
     * Changes a model file in place without losing another process's change: under the file's lock (between
     * processes and threads), reads the file as it is now, applies the update and writes it back atomically
     * ({@link #save}: through symbolic links, keeping mode, owner and comments). Two updates at once (two CLI runs,
     * or a run and the workbench) are applied one after the other, each to what the other wrote.
     *
     * @param file   the model file (may be a symbolic link)
     * @param update the change
     * @throws IOException when the file cannot be read, may not or cannot be written, or the update refuses; the
     *                     file is then unchanged
     * @since 0.5.0
     */
    public static void update(Path file, Update update) throws IOException {
        Path real = AtomicFiles.writableTarget(file);
        try (FileLocks.Hold hold = FileLocks.lock(real)) {
            LoadResult current = load(real);
            if (!current.ok()) {
                throw new IOException(file + " cannot be read now: " + current.errors().get(0).message());
            }
            update.apply(current.model());
            save(current.model(), real);
        }
    }

    /**
     * Writes a model as {@code .hstack} XMI to a stream (not atomically; for files use {@link #save}).
     *
     * @param model the model
     * @param out   where to write; not closed
     * @throws IOException when writing fails
     */
    public static void write(HeterostackModel model, OutputStream out) throws IOException {
        Resource resource = model.eResource();
        if (resource instanceof XMLResource xml && resource.getContents().get(0) == model) {
            checkSelfContained(resource);
            xml.save(out, HstackResource.saveOptions());
            return;
        }
        if (resource != null) {
            throw new IllegalArgumentException("the model is not the root of its resource");
        }
        HstackResource temporary = new HstackResource(URI.createURI("memory:/model." + EXTENSION));
        newResourceSet().getResources().add(temporary);
        temporary.getContents().add(model);
        try {
            temporary.save(out, HstackResource.saveOptions());
        } finally {
            temporary.getContents().remove(model);
        }
    }

    /** HstackResource checks this itself; other XML resources are checked here. */
    private static void checkSelfContained(Resource resource) throws IOException {
        String outside = resource instanceof HstackResource ? null : OutsideReferences.first(resource);
        if (outside != null) {
            throw new IOException("cannot save: " + outside);
        }
    }

    private static LoadResult failure(String name, String message) {
        return new LoadResult(null, List.of(new FileDiagnostic(Severity.ERROR, name, 0, 0, message)));
    }

    private static FileDiagnostic diagnostic(Severity severity, String name, Resource.Diagnostic d, byte[] content) {
        int[] found = ReferencePositions.locate(d, content);
        int line = found != null ? found[0] : Math.max(d.getLine(), 0);
        int column = found != null ? found[1] : Math.max(d.getColumn(), 0);
        return new FileDiagnostic(severity, name, line, column, LoadProblems.describe(d));
    }

    /** Lets a load read only the file being loaded: no other file or URL is ever opened on a file's behalf. */
    private static final class OnlyItselfURIConverter extends ExtensibleURIConverterImpl {
        private final URI allowed;

        OnlyItselfURIConverter(URI allowed) {
            this.allowed = allowed;
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            if (!allowed.equals(normalize(uri))) {
                throw new IOException("refused to read '" + uri + "': a .hstack file may not refer to other files");
            }
            return super.createInputStream(uri, options);
        }
    }
}
