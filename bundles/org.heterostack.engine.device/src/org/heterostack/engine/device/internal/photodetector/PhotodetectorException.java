package org.heterostack.engine.device.internal.photodetector;

/** Invalid input to the photodetector metrics; the message names the offending parameter. */
public final class PhotodetectorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what is invalid */
    public PhotodetectorException(String message) {
        super(message);
    }
}
