package org.heterostack.engine.device.internal.led;

/** Invalid input to the LED efficiency model; the message names the offending parameter. */
public final class LedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is invalid */
    public LedException(String message) {
        super(message);
    }
}
