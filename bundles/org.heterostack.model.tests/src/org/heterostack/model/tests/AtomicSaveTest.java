package org.heterostack.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.Reference;
import org.heterostack.model.io.AtomicFiles;
import org.heterostack.model.io.LoadResult;
import org.heterostack.model.io.ModelFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Saving is atomic: a failure in the middle of writing leaves the previous file intact and no temporary file. */
class AtomicSaveTest {

    private Path directory;
    private Path file;

    @BeforeEach
    void createFile() throws IOException {
        directory = Files.createTempDirectory("hstack-save");
        file = directory.resolve("model.hstack");
        Files.writeString(file, "previous content");
    }

    @AfterEach
    void deleteDirectory() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path path : files.toList()) {
                Files.delete(path);
            }
        }
        Files.delete(directory);
    }

    private List<String> filesInDirectory() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCrashMidWriteLeavesTheOldFile() throws IOException {
        IOException crash = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("half of the new cont".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IOException("disk full");
        }));
        assertEquals("disk full", crash.getMessage());
        assertEquals("previous content", Files.readString(file));
        assertEquals(List.of("model.hstack"), filesInDirectory(), "no temporary file remains");
    }

    @Test
    void aRuntimeFailureMidWriteLeavesTheOldFile() throws IOException {
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(file, out -> {
            out.write(new byte[100_000]);
            throw new IllegalStateException("bug in a writer");
        }));
        assertEquals("previous content", Files.readString(file));
        assertEquals(List.of("model.hstack"), filesInDirectory());
    }

    @Test
    void aModelThatCannotBeSerialisedLeavesTheOldFile() throws IOException {
        HeterostackModel model = TestModels.valid();
        Reference outside = TestModels.F.createReference(); // in no file: it could not be read back
        outside.setKey("nowhere");
        ((Perovskite3D) model.findByName("CsFAMA")).getReferences().add(outside);
        IOException refused = assertThrows(IOException.class, () -> ModelFiles.save(model, file));
        assertEquals("cannot save: Perovskite 'CsFAMA': references refers to reference 'nowhere', which is not in "
                + "this file", refused.getMessage());
        assertEquals("previous content", Files.readString(file));
        assertEquals(List.of("model.hstack"), filesInDirectory());
    }

    @Test
    void aSuccessfulSaveReplacesTheFileAndKeepsItsPermissions() throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        HeterostackModel model = TestModels.valid();
        ModelFiles.save(model, file);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(List.of("model.hstack"), filesInDirectory());
        LoadResult reloaded = ModelFiles.load(file);
        assertTrue(reloaded.ok(), reloaded.diagnostics()::toString);
        assertTrue(EcoreUtil.equals(model, reloaded.model()));
    }

    @Test
    void savingTheResourceItselfIsAtomicToo() throws IOException {
        HeterostackModel model = TestModels.valid();
        ModelFiles.save(model, file); // the model now lives in a resource for this file
        ((Perovskite3D) model.findByName("CsFAMA")).getReferences().add(TestModels.F.createReference());
        assertThrows(IOException.class, () -> model.eResource().save(null));
        LoadResult reloaded = ModelFiles.load(file);
        assertTrue(reloaded.ok(), "the previous save is intact");
        assertEquals(List.of("model.hstack"), filesInDirectory());
    }
}
