package org.heterostack.study;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.heterostack.study.internal.EvaluationJson;
import org.heterostack.study.internal.SegmentReader;

/**
 * The results of one study, as files beside the model: append-only segment files of JSON lines, one line per
 * evaluation (see {@code docs/file-format.md}). They are the source of truth: the index is rebuilt from them, they
 * can be copied with the project, read by any JSON tool, and a run that is killed leaves at most an incomplete last
 * line, which readers ignore. Every run appends to a new segment, so no file is ever rewritten. One run at a time
 * holds a store (a lock file), so two runs cannot commit the same evaluation.
 */
public final class ResultStore implements AutoCloseable {

    private static final Pattern SEGMENT = Pattern.compile("\\d{6}\\.jsonl");

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private ResultStore(Path directory, FileChannel lockChannel, FileLock lock) {
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Where a study of a model file keeps its results: {@code NAME.results/STUDY/} beside {@code NAME.hstack}.
     *
     * @param modelFile the model file
     * @param study     the study name
     * @return the directory (it may not exist yet)
     */
    public static Path directory(Path modelFile, String study) {
        String file = modelFile.getFileName().toString();
        String stem = file.endsWith(".hstack") ? file.substring(0, file.length() - ".hstack".length()) : file;
        return modelFile.toAbsolutePath().normalize().resolveSibling(stem + ".results").resolve(safe(study));
    }

    private static String safe(String study) {
        String safe = study.strip().replaceAll("[^A-Za-z0-9._-]+", "_");
        return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
    }

    /**
     * Opens a store for a run, creating its directory, and takes its lock.
     *
     * @param directory the store directory
     * @return the store; close it to release the lock
     * @throws StudyException when another run holds the store or the directory cannot be written
     */
    public static ResultStore open(Path directory) throws StudyException {
        Path absolute = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute);
            FileChannel channel = FileChannel.open(absolute.resolve(".lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new StudyException("the results in " + absolute + " are in use by another run of the study");
            }
            return new ResultStore(absolute, channel, lock);
        } catch (IOException e) {
            throw new StudyException("cannot open the study results in " + absolute + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param directory a store directory (need not exist)
     * @return its segment files in commit order
     * @throws IOException when the directory cannot be listed
     */
    public static List<Path> segments(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> SEGMENT.matcher(f.getFileName().toString()).matches()).sorted().toList();
        }
    }

    /**
     * Reads a store's evaluations as they stand: in commit order, a later evaluation of the same key replacing the
     * earlier one, invalidated ones left out, series resolved. Reading needs no lock: lines a running study has not
     * finished are skipped.
     *
     * @param directory a store directory
     * @return the evaluations
     * @throws IOException when a segment cannot be read
     */
    public static List<Evaluation> evaluations(Path directory) throws IOException {
        java.util.Map<String, Evaluation.SeriesData> series = new java.util.HashMap<>();
        java.util.Map<String, Evaluation> evaluations = new java.util.LinkedHashMap<>();
        for (Path segment : segments(directory)) {
            SegmentReader.read(segment, 0, (line, end) -> {
                String kind = line.has("kind") ? line.get("kind").getAsString() : "";
                switch (kind) {
                    case EvaluationJson.SERIES -> {
                        java.util.Map.Entry<String, Evaluation.SeriesData> entry = EvaluationJson.readSeries(line);
                        series.put(entry.getKey(), entry.getValue());
                    }
                    case EvaluationJson.EVALUATION -> {
                        Evaluation evaluation = EvaluationJson.read(line, series);
                        evaluations.remove(evaluation.key());
                        evaluations.put(evaluation.key(), evaluation);
                    }
                    case "invalidate" -> {
                        String engine = line.has("engine") ? line.get("engine").getAsString() : null;
                        evaluations.values().removeIf(e -> engine == null || engine.equals(e.engineId()));
                    }
                    default -> {
                        // a kind of a later version: skipped
                    }
                }
            });
        }
        return List.copyOf(evaluations.values());
    }

    /** @return the store directory (absolute) */
    public Path directory() {
        return directory;
    }

    /**
     * Starts the next segment of this store.
     *
     * @return a channel appending to a new, empty segment file
     * @throws IOException when the file cannot be created
     */
    public Segment newSegment() throws IOException {
        List<Path> existing = segments(directory);
        int next = existing.isEmpty() ? 1
                : Integer.parseInt(existing.get(existing.size() - 1).getFileName().toString().substring(0, 6)) + 1;
        Path file = directory.resolve(String.format("%06d.jsonl", next));
        return new Segment(file, FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    /**
     * Drops results: appends an invalidation line, after which the index and every later run treat the earlier
     * evaluations (of one engine, or all) as absent. The lines themselves stay in their segments.
     *
     * @param engineId the engine whose results to drop, or null for all
     * @throws IOException when the line cannot be written
     */
    public void invalidate(String engineId) throws IOException {
        com.google.gson.JsonObject line = new com.google.gson.JsonObject();
        line.addProperty("kind", "invalidate");
        if (engineId != null) {
            line.addProperty("engine", engineId);
        }
        line.addProperty("timestamp", java.time.Instant.now().toString());
        try (Segment segment = newSegment()) {
            segment.append(List.of(line.toString()));
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            lockChannel.close();
        }
    }

    /** A segment file being written: whole lines are appended, then forced to disk at the end. */
    public static final class Segment implements AutoCloseable {

        private final Path file;
        private final FileChannel channel;
        private long size;

        private Segment(Path file, FileChannel channel) {
            this.file = file;
            this.channel = channel;
        }

        /** @return the segment file */
        public Path file() {
            return file;
        }

        /**
         * Appends lines in one write: after a kill, the file ends with whole lines and at most one torn line.
         *
         * @param lines JSON lines without line feeds
         * @return the file size after the write
         * @throws IOException when the write fails
         */
        public long append(List<String> lines) throws IOException {
            StringBuilder text = new StringBuilder(lines.size() * 512);
            lines.forEach(line -> text.append(line).append('\n'));
            ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                size += channel.write(bytes);
            }
            return size;
        }

        @Override
        public void close() throws IOException {
            try {
                channel.force(true);
            } finally {
                channel.close();
            }
        }
    }
}
