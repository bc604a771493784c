package org.heterostack.engine.stability.internal.common;

/**
 * Raised by every stability model when an input or parameter is invalid or a computation cannot produce a
 * finite, meaningful number. The message names the quantity that failed and where (parameter name, time,
 * temperature), so a user can act on it; the models never return NaN or a silent fallback instead.
 */
public final class StabilityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what failed and where, in words a materials scientist understands */
    public StabilityException(String message) {
        super(message);
    }
}
