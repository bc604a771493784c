package org.heterostack.model.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a whole file with a hardened SAX parser before EMF sees it: checks that it is well-formed XML without a
 * DTD and finds the namespace of the root element (which carries the model version).
 */
public final class XmlPrescan {

    /**
     * A position in the file.
     *
     * @param line   1-based line, 0 when unknown
     * @param column 1-based column, 0 when unknown
     */
    public record Location(int line, int column) {
    }

    /**
     * What the prescan found.
     *
     * @param rootNamespace  namespace URI of the root element, null when there is none
     * @param rootName       qualified name of the root element as written, null when there is none
     * @param root           where the root element's start tag ends
     * @param namespaces     every namespace URI declared in the file, with the element that declares it
     * @param schemaLocation where the first xsi:schemaLocation is, null when there is none
     * @param href           where the first reference to another file (an href attribute) is, null when none
     * @param problem        the first XML error, or the first reference value that cannot name an element of
     *                       the file; null when there is none
     */
    public record Result(String rootNamespace, String rootName, Location root, Map<String, Location> namespaces,
            Location schemaLocation, Location href, Problem problem) {
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
            return handler.result(handler.badReference);
        } catch (SAXParseException e) {
            if (e.getLineNumber() <= 0) { // the parser gave up before it had a position: the end of the file
                int[] end = endOf(content);
                return handler.result(new Problem(end[0], end[1], explain(e)));
            }
            return handler.result(new Problem(e.getLineNumber(), Math.max(e.getColumnNumber(), 1), explain(e)));
        } catch (UnsupportedEncodingException e) {
            int[] where = encodingDeclaration(content);
            return handler.result(new Problem(where[0], where[1], "the XML declaration names the encoding '"
                    + e.getMessage() + "', which is not known; .hstack files are written in UTF-8 "
                    + "(encoding=\"UTF-8\")"));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            return handler.result(new Problem(1, 1, "cannot read XML: " + e.getMessage()));
        }
    }

    /** @return line and column of the XML declaration's encoding (1:1 when there is none to find) */
    private static int[] encodingDeclaration(byte[] content) {
        String start = new String(content, 0, Math.min(content.length, 1000), StandardCharsets.ISO_8859_1);
        int end = start.indexOf("?>");
        int at = start.indexOf("encoding");
        if (at < 0 || end >= 0 && at > end) {
            return new int[] {1, 1};
        }
        int line = 1 + (int) start.substring(0, at).chars().filter(c -> c == '\n').count();
        return new int[] {line, at - start.lastIndexOf('\n', at)};
    }

    /** @return the line and column just after the last character of the content (1-based) */
    private static int[] endOf(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        int lastBreak = text.lastIndexOf('\n');
        int line = (int) text.chars().filter(c -> c == '\n').count() + 1;
        return new int[] {line, text.length() - lastBreak};
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
        if (message.contains("JAXP00010005") || message.contains("maxXMLNameLimit")) {
            return "an element or attribute name is longer than 1000 characters; .hstack files use the names of the "
                    + "model (see docs/file-format.md)";
        }
        if (message.contains("JAXP0001")) {
            return "the file exceeds a safety limit of the XML parser: " + message.replaceFirst("^JAXP\\d+: ", "");
        }
        if (message.toLowerCase(java.util.Locale.ROOT).contains("entity")) {
            return "entity references are refused in .hstack files: " + message;
        }
        return "malformed XML: " + message;
    }

    private static final class RootHandler extends DefaultHandler {
        private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
        private final Map<String, Location> namespaces = new LinkedHashMap<>();
        private final List<String> pending = new ArrayList<>();
        private Locator locator;
        private String namespace;
        private String name;
        private Location root = new Location(0, 0);
        private Location schemaLocation;
        private Location href;
        private Problem badReference;

        Result result(Problem problem) {
            return new Result(namespace, name, root, namespaces, schemaLocation, href, problem);
        }

        @Override
        public void setDocumentLocator(Locator documentLocator) {
            locator = documentLocator;
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) {
            pending.add(uri);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            Location here = locator == null ? new Location(0, 0)
                    : new Location(locator.getLineNumber(), locator.getColumnNumber());
            for (String declared : pending) {
                namespaces.putIfAbsent(declared, here);
            }
            pending.clear();
            if (name == null) {
                namespace = uri == null || uri.isEmpty() ? null : uri;
                name = qName;
                root = here;
            }
            if (schemaLocation == null && (attributes.getIndex(XSI, "schemaLocation") >= 0
                    || attributes.getIndex(XSI, "noNamespaceSchemaLocation") >= 0)) {
                schemaLocation = here;
            }
            if (href == null && attributes.getIndex("", "href") >= 0) {
                href = here;
            }
            if (badReference == null) {
                badReference = ReferenceValues.check(qName, attributes, here);
            }
        }
    }
}
