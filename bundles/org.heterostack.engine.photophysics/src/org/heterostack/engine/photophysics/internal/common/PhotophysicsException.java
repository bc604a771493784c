package org.heterostack.engine.photophysics.internal.common;

/**
 * Unchecked exception of every photophysics model: invalid input, an undefined quantity or a numerical
 * failure. The message names the model, the quantity and the value (e.g. the layer number n) that failed.
 */
public final class PhotophysicsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what failed and where */
    public PhotophysicsException(String message) {
        super(message);
    }

    /** Throws unless {@code value} is finite and &gt; 0. */
    public static double requirePositive(double value, String what) {
        if (!Double.isFinite(value) || value <= 0.0) {
            throw new PhotophysicsException(what + " must be positive and finite, was " + value);
        }
        return value;
    }
}
