package org.heterostack.model.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a whole file with a hardened SAX parser before EMF sees it: checks that it is well-formed XML without a
 * DTD and finds the namespace of the root element (which carries the model version).
 */
public final class XmlPrescan {

    /**
     * What the prescan found.
     *
     * @param rootNamespace namespace URI of the root element, null when there is none
     * @param rootName      qualified name of the root element as written, null when there is none
     * @param rootLine      line of the root element's start tag (0 when unknown)
     * @param rootColumn    column just after the root element's start tag (0 when unknown)
     * @param namespaces    every namespace URI declared in the file
     * @param schemaLocated whether the file names a schema location (xsi:schemaLocation)
     * @param problem       the first XML error, null when the file is well-formed
     */
    public record Result(String rootNamespace, String rootName, int rootLine, int rootColumn,
            java.util.Set<String> namespaces, boolean schemaLocated, Problem problem) {
    }

    /**
     * An XML error with its position.
     *
     * @param line    1-based line, 0 when unknown
     * @param column  1-based column, 0 when unknown
     * @param message explanation for a user
     */
    public record Problem(int line, int column, String message) {
    }

    private XmlPrescan() {
    }

    /**
     * Scans a document.
     *
     * @param content the bytes of the file
     * @return the root element's namespace and name, or the first XML error
     */
    public static Result scan(byte[] content) {
        RootHandler handler = new RootHandler();
        try {
            XmlSafety.saxParserFactory().newSAXParser().parse(new ByteArrayInputStream(content), handler);
            return handler.result(null);
        } catch (SAXParseException e) {
            return handler.result(
                    new Problem(Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0), explain(e)));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            return handler.result(new Problem(0, 0, "cannot read XML: " + e.getMessage()));
        }
    }

    /** Parser messages turned into what a user can act on. */
    private static String explain(SAXParseException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE")) {
            return "the file contains a document type declaration (<!DOCTYPE ...>); DTDs and entity declarations "
                    + "are refused in .hstack files for safety";
        }
        if (message.contains("Premature end of file")) {
            return "the file is empty or ends before its root element";
        }
        if (message.contains("must start and end within the same entity")) {
            return "the file ends unexpectedly (is it truncated?): an element is not closed";
        }
        if (message.toLowerCase(java.util.Locale.ROOT).contains("entity")) {
            return "entity references are refused in .hstack files: " + message;
        }
        return "malformed XML: " + message;
    }

    private static final class RootHandler extends DefaultHandler {
        private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
        private final java.util.Set<String> namespaces = new java.util.TreeSet<>();
        private org.xml.sax.Locator locator;
        private String namespace;
        private String name;
        private int line;
        private int column;
        private boolean schemaLocated;

        Result result(Problem problem) {
            return new Result(namespace, name, line, column, namespaces, schemaLocated, problem);
        }

        @Override
        public void setDocumentLocator(org.xml.sax.Locator documentLocator) {
            locator = documentLocator;
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) {
            namespaces.add(uri);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (name == null) {
                namespace = uri == null || uri.isEmpty() ? null : uri;
                name = qName;
                line = locator == null ? 0 : locator.getLineNumber();
                column = locator == null ? 0 : locator.getColumnNumber();
            }
            if (attributes.getIndex(XSI, "schemaLocation") >= 0
                    || attributes.getIndex(XSI, "noNamespaceSchemaLocation") >= 0) {
                schemaLocated = true;
            }
        }
    }
}
