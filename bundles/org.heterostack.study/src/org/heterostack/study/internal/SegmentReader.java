package org.heterostack.study.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import com.google.gson.JsonObject;

/**
 * Reads the complete lines of a segment file from an offset on. A last line without its line feed is a commit that
 * a killed run did not finish: it is left for later (a run never appends to that file again, so it stays unread).
 */
public final class SegmentReader {

    /** Receives each complete line's object and the offset just past it. */
    @FunctionalInterface
    public interface LineHandler {

        /**
         * @param object the parsed line
         * @param end    the file offset after the line feed
         */
        void line(JsonObject object, long end);
    }

    private static final int CHUNK = 1 << 20;

    private SegmentReader() {
    }

    /**
     * @param file    the segment file
     * @param from    the offset to start at (the start of a line)
     * @param handler gets every complete line; lines that are not JSON objects are skipped
     * @return the offset after the last complete line
     * @throws IOException when the file cannot be read
     */
    public static long read(Path file, long from, LineHandler handler) throws IOException {
        long position = from;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
            byte[] line = new byte[4096];
            int length = 0;
            long offset = from;
            channel.position(from);
            while (channel.read(buffer) > 0) {
                byte[] bytes = buffer.array();
                int end = buffer.position();
                int start = 0;
                for (int i = 0; i < end; i++) {
                    if (bytes[i] != '\n') {
                        continue;
                    }
                    line = append(line, length, bytes, start, i - start);
                    length += i - start;
                    offset += i - start + 1;
                    position = offset;
                    handle(new String(line, 0, length, StandardCharsets.UTF_8), position, handler);
                    length = 0;
                    start = i + 1;
                }
                line = append(line, length, bytes, start, end - start);
                length += end - start;
                offset += end - start;
                buffer.clear();
            }
        }
        return position;
    }

    private static byte[] append(byte[] line, int length, byte[] bytes, int start, int count) {
        byte[] target = length + count <= line.length ? line
                : java.util.Arrays.copyOf(line, Math.max(2 * line.length, length + count));
        System.arraycopy(bytes, start, target, length, count);
        return target;
    }

    private static void handle(String text, long position, LineHandler handler) {
        if (text.isBlank()) {
            return;
        }
        try {
            handler.line(EvaluationJson.parse(text), position);
        } catch (IllegalArgumentException e) {
            // a line damaged by hand: not an evaluation, the rest of the file still counts
        }
    }
}
