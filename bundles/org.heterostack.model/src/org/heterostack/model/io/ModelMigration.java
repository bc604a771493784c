package org.heterostack.model.io;

import org.w3c.dom.Document;

/**
 * Turns a {@code .hstack} document of one model version into the next version, before EMF reads it. Register
 * implementations with {@link ModelMigrations#register(ModelMigration)}; the loader chains them from the file's
 * namespace to the current one, so files of every older version stay readable.
 */
public interface ModelMigration {

    /**
     * The namespace URI of the version this migration reads.
     *
     * @return e.g. {@code http://heterostack.org/model/1.0}
     */
    String sourceNamespace();

    /**
     * The namespace URI of the version this migration produces.
     *
     * @return e.g. {@code http://heterostack.org/model/1.1}
     */
    String targetNamespace();

    /**
     * Rewrites the document in place, including its namespace (see
     * {@link ModelMigrations#renameNamespace(Document, String, String)}). Must not lose data: what has no place in
     * the target version is kept, e.g. in a description.
     *
     * @param document the parsed file
     * @throws ModelMigrationException when the document cannot be migrated
     */
    void migrate(Document document) throws ModelMigrationException;
}
