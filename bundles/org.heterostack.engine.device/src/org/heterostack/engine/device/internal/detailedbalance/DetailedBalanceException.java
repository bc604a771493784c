package org.heterostack.engine.device.internal.detailedbalance;

/** Invalid input or failed evaluation of the detailed-balance model; the message names what failed. */
public final class DetailedBalanceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what failed and for which input */
    public DetailedBalanceException(String message) {
        super(message);
    }
}
