package org.heterostack.engine.device.internal.circuit;

/** Invalid input or failed solution of the equivalent-circuit model; the message names what failed. */
public final class CircuitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what failed and for which input */
    public CircuitException(String message) {
        super(message);
    }
}
