package org.heterostack.model.io;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.heterostack.model.internal.ModelNamespaces;
import org.heterostack.model.internal.StudyPinsMigration;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The registry of {@link ModelMigration}s from older model namespaces: the hook that keeps files of older model
 * versions loadable. The model's own migrations (1.0 to 1.1: {@link StudyPinsMigration}) are registered from the
 * start.
 */
public final class ModelMigrations {

    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    private static final List<ModelMigration> MIGRATIONS = new CopyOnWriteArrayList<>(
            List.of(new StudyPinsMigration()));

    private ModelMigrations() {
    }

    /**
     * Registers a migration.
     *
     * @param migration the migration
     */
    public static void register(ModelMigration migration) {
        MIGRATIONS.add(Objects.requireNonNull(migration));
    }

    /**
     * Removes a migration.
     *
     * @param migration the migration registered before
     */
    public static void unregister(ModelMigration migration) {
        MIGRATIONS.remove(migration);
    }

    /**
     * The migrations leading from a namespace to the current model namespace.
     *
     * @param namespace namespace URI of a file
     * @return the migrations to apply in order (empty for the current namespace), or null when there is no path
     */
    public static List<ModelMigration> chain(String namespace) {
        List<ModelMigration> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = namespace;
        while (!ModelNamespaces.CURRENT.equals(current)) {
            if (!seen.add(current)) {
                return null; // a cycle
            }
            String from = current;
            ModelMigration next = MIGRATIONS.stream().filter(m -> from.equals(m.sourceNamespace())).findFirst()
                    .orElse(null);
            if (next == null) {
                return null;
            }
            chain.add(next);
            current = next.targetNamespace();
        }
        return chain;
    }

    /**
     * Moves every element and attribute of a document from one namespace to another and rewrites the namespace
     * declarations: the usual first step of a migration.
     *
     * @param document the document
     * @param from     the old namespace URI
     * @param to       the new namespace URI
     */
    public static void renameNamespace(Document document, String from, String to) {
        rename(document, document.getDocumentElement(), from, to);
    }

    private static void rename(Document document, Element element, String from, String to) {
        Element renamed = element;
        if (from.equals(element.getNamespaceURI())) {
            renamed = (Element) document.renameNode(element, to, element.getNodeName());
        }
        NamedNodeMap attributes = renamed.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (XMLNS.equals(attribute.getNamespaceURI()) && from.equals(attribute.getValue())) {
                attribute.setValue(to);
            } else if (from.equals(attribute.getNamespaceURI())) {
                document.renameNode(attribute, to, attribute.getNodeName());
            }
        }
        for (Node child = renamed.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                rename(document, childElement, from, to);
            }
        }
    }
}
