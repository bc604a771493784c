package org.heterostack.chem;

/** A structure the chemistry toolkit cannot read; the message names the structure and the reason. */
public class InvalidStructureException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong with which structure
     * @param cause   the toolkit's own exception, if any
     */
    public InvalidStructureException(String message, Throwable cause) {
        super(message, cause);
    }
}
