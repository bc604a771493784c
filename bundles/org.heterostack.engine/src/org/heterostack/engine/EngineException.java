package org.heterostack.engine;

/**
 * An engine cannot give a trustworthy answer: input outside the model's validity range, a solver that did not
 * converge, a missing parameter. The message is shown to the user as the reason of the failed result, so it
 * says what is wrong and where (object, parameter, time or voltage).
 */
public class EngineException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and where */
    public EngineException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and where
     * @param cause   the numerical or parsing failure behind it
     */
    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
