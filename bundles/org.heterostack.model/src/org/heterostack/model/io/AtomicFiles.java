package org.heterostack.model.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * Writes files atomically: the content goes to a temporary file in the same directory, is forced to disk and then
 * renamed over the target. A crash or an exception in the middle leaves the previous file untouched and removes
 * the temporary file. A symbolic link is written through (its target gets the content, the link stays); the
 * replaced file keeps its permissions, owner and group. A read-only file and a file with several hard links
 * (which a rename would separate) are refused, unchanged.
 */
public final class AtomicFiles {

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface ContentWriter {

        /**
         * Writes the whole content.
         *
         * @param out where to write; closed by the caller
         * @throws IOException when writing fails: the target then stays as it was
         */
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Replaces (or creates) a file atomically.
     *
     * @param target  the file to write
     * @param content writes the new content
     * @throws IOException when the content cannot be written; the previous file is then intact
     */
    public static void write(Path target, ContentWriter content) throws IOException {
        Path absolute = writableTarget(target);
        Path directory = absolute.getParent();
        Path temp = directory.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        boolean moved = false;
        try {
            Files.createFile(temp);
            copyPermissions(absolute, temp);
            copyOwner(absolute, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                content.write(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            forceDirectory(directory);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * The file a write to {@code target} replaces: the target of a symbolic link, checked that it may be replaced.
     *
     * @param target a file to write (need not exist)
     * @return its real path when it exists, else its absolute path
     * @throws IOException saying why it may not be replaced: not a regular file, read-only, several hard links
     * @since 0.4.0
     */
    public static Path writableTarget(Path target) throws IOException {
        if (!Files.exists(target)) {
            return target.toAbsolutePath();
        }
        Path real = target.toRealPath();
        if (!Files.isRegularFile(real)) {
            throw new IOException(target + " is not a regular file");
        }
        if (isReadOnly(real)) {
            throw new IOException(target + " is read-only; make it writable (chmod u+w) to change it");
        }
        Object links = linkCount(real);
        if (links instanceof Integer count && count > 1) {
            throw new IOException(target + " has " + count + " hard links, which replacing it would separate; "
                    + "store into a copy of it instead");
        }
        return real;
    }

    private static boolean isReadOnly(Path file) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view != null && view.readAttributes().permissions().stream().noneMatch(p -> p.name().endsWith("_WRITE"))) {
            return true; // no write bit at all: read-only even for root, who may write anything
        }
        return !Files.isWritable(file);
    }

    private static Object linkCount(Path file) {
        try {
            return Files.getAttribute(file, "unix:nlink");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    /** A replaced file keeps its owner and group where the process may set them (it may when it owns the file). */
    private static void copyOwner(Path from, Path to) {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source == null || target == null || !Files.exists(from)) {
            return;
        }
        try {
            var attributes = source.readAttributes();
            target.setGroup(attributes.group());
            target.setOwner(attributes.owner());
        } catch (IOException e) {
            // not permitted (another user's file): the new file belongs to this user, as any new file would
        }
    }

    /** A replaced file keeps its permissions (a new temporary file would otherwise make it private). */
    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null && Files.exists(from)) {
            target.setPermissions(source.readAttributes().permissions());
        }
    }

    /** Makes the rename durable; not every platform can open a directory, which is then left to the OS. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort: the file itself is already on disk
        }
    }
}
