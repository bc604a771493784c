package org.heterostack.model.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.heterostack.model.io.AtomicFiles;

/**
 * Every write of a {@code .hstack} file: under the file's lock ({@link FileLocks}), through symbolic links, after
 * removing temporary files a killed save left behind, keeping the comments and processing instructions of the
 * file it replaces ({@link XmlComments}), and atomically ({@link AtomicFiles}).
 */
public final class ModelFileWriter {

    private ModelFileWriter() {
    }

    /**
     * Writes a model file.
     *
     * @param file    the file (may be a symbolic link)
     * @param content writes the new XMI
     * @throws IOException when the file may not or cannot be written; it is then unchanged
     */
    public static void write(Path file, AtomicFiles.ContentWriter content) throws IOException {
        Path real = AtomicFiles.writableTarget(file);
        try (FileLocks.Hold hold = FileLocks.lock(real)) {
            removeStaleTemporaryFiles(real);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            content.write(buffer);
            byte[] written = buffer.toByteArray();
            byte[] merged = Files.isRegularFile(real) ? XmlComments.carryOver(Files.readAllBytes(real), written)
                    : written;
            AtomicFiles.write(real, out -> out.write(merged));
        }
    }

    /**
     * Removes {@code .NAME.<uuid>.tmp} files of an earlier save that was killed before its rename. Called under
     * the file's lock, so no save of this file is running.
     */
    private static void removeStaleTemporaryFiles(Path file) {
        Pattern temporary = Pattern.compile(Pattern.quote("." + file.getFileName() + ".")
                + "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");
        Path directory = file.getParent();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory,
                entry -> temporary.matcher(entry.getFileName().toString()).matches())) {
            for (Path stale : entries) {
                Files.deleteIfExists(stale);
            }
        } catch (IOException e) {
            // leftovers stay; they never replace the file and the next save tries again
        }
    }
}
