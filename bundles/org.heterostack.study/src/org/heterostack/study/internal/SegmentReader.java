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
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream(4096);
            long offset = from;
            channel.position(from);
            while (channel.read(buffer) > 0) {
                buffer.flip();
                while (buffer.hasRemaining()) {
                    byte b = buffer.get();
                    offset++;
                    if (b != '\n') {
                        line.write(b);
                        continue;
                    }
                    String text = line.toString(StandardCharsets.UTF_8);
                    line.reset();
                    position = offset;
                    if (!text.isBlank()) {
                        try {
                            handler.line(EvaluationJson.parse(text), position);
                        } catch (IllegalArgumentException e) {
                            // a line damaged by hand: not an evaluation, the rest of the file still counts
                        }
                    }
                }
                buffer.clear();
            }
        }
        return position;
    }
}
