package org.heterostack.model.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Exclusive locks on model files, between the processes (CLI runs, workbenches) and the threads of this one, so
 * that two stores into one file cannot lose each other's results. The operating-system lock is held on a small
 * file named after a hash of the model's real path in a private folder of the user's temporary directory
 * ({@code heterostack-locks-USER/}; the model file itself is replaced by every atomic save, so a lock on it would
 * not last, and a lock file beside it would litter the user's project). The system releases it when a process
 * dies. A thread may take a lock it already holds.
 */
public final class FileLocks {

    private static final Map<Path, Held> HELD = new HashMap<>();

    private FileLocks() {
    }

    /** A held lock; closing it releases one hold. */
    public interface Hold extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    /**
     * Waits for and takes the lock of a file.
     *
     * @param file the file (its real path: symbolic links resolved)
     * @return the hold, to close when done
     * @throws IOException when the lock file cannot be created (e.g. a read-only directory)
     */
    public static Hold lock(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        Held held;
        synchronized (HELD) {
            held = HELD.computeIfAbsent(key, Held::new);
            held.users++;
        }
        held.threads.lock();
        try {
            if (held.threads.getHoldCount() == 1) {
                held.acquire();
            }
        } catch (IOException | RuntimeException e) {
            release(key, held);
            throw e;
        }
        return () -> release(key, held);
    }

    private static void release(Path key, Held held) throws IOException {
        try {
            if (held.threads.getHoldCount() == 1) {
                held.releaseSystemLock();
            }
        } finally {
            held.threads.unlock();
            synchronized (HELD) {
                if (--held.users == 0) {
                    HELD.remove(key);
                }
            }
        }
    }

    private static Path lockDirectory() {
        String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
        return Path.of(System.getProperty("java.io.tmpdir"), "heterostack-locks-" + user);
    }

    private static FileAttribute<?>[] privateDirectory() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"))}
                : new FileAttribute<?>[0];
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The lock of one file: a thread lock, and the system lock while a thread holds it. */
    private static final class Held {
        final ReentrantLock threads = new ReentrantLock();
        final Path lockFile;
        int users;
        FileChannel channel;
        FileLock systemLock;

        Held(Path file) {
            lockFile = lockDirectory().resolve(hash(file.toString()) + ".lock");
        }

        void acquire() throws IOException {
            Files.createDirectories(lockFile.getParent(), privateDirectory());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                systemLock = channel.lock();
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        }

        void releaseSystemLock() throws IOException {
            if (channel == null) {
                return;
            }
            try {
                if (systemLock != null) {
                    systemLock.release();
                }
            } finally {
                systemLock = null;
                channel.close();
                channel = null;
            }
        }
    }
}
