package org.heterostack.engine.structure.internal;

/**
 * Unchecked exception thrown by every structure model when its input is invalid or a quantity is undefined.
 * The message always names the offending site, ion, parameter or model, so the engine adapter can show it to
 * the user verbatim instead of returning a silent NaN.
 */
public final class StructureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what failed and where (site, ion, parameter) */
    public StructureException(String message) {
        super(message);
    }
}
