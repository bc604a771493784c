package org.heterostack.study.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of text lines: the hash behind candidate ids, evaluation keys and content hashes. */
public final class Sha256 {

    private final MessageDigest digest;

    /** A new, empty hash. */
    public Sha256() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java runtime lacks SHA-256", e);
        }
    }

    /**
     * Adds one line (the text and a line feed, so that "a","bc" and "ab","c" differ).
     *
     * @param line the text
     * @return this hash
     */
    public Sha256 line(String line) {
        digest.update(line.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        return this;
    }

    /**
     * Adds numbers by their IEEE 754 bits (exact, and faster than their text).
     *
     * @param values the numbers
     * @return this hash
     */
    public Sha256 numbers(double[] values) {
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(8 * values.length + 4);
        bytes.putInt(values.length);
        for (double value : values) {
            bytes.putDouble(value);
        }
        digest.update(bytes.array());
        return this;
    }

    /** @return the hash as 64 hexadecimal digits; the hash is reset */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
