package org.heterostack.model.io;

/** A document could not be migrated to the current model version; the message says why, for a user. */
public class ModelMigrationException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what prevents the migration
     */
    public ModelMigrationException(String message) {
        super(message);
    }
}
