package org.heterostack.cli.internal;

/** Bad command-line usage or input; its message is shown to the user as it is, without a stack trace. */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and what to do instead */
    public UsageException(String message) {
        super(message);
    }
}
