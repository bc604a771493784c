package org.heterostack.study;

/**
 * A study that cannot be planned or run as written: an axis without values, a path that leads nowhere, an engine
 * that is not installed. The message names the study and the part at fault, in the user's terms.
 */
public final class StudyException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and where */
    public StudyException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and where
     * @param cause   the underlying failure
     */
    public StudyException(String message, Throwable cause) {
        super(message, cause);
    }
}
