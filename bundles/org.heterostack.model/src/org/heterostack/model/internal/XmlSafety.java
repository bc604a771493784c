package org.heterostack.model.internal;

import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;

import org.xml.sax.SAXException;

/**
 * XML parser settings that refuse DTDs, external entities and external schemas (XXE, "billion laughs") and limit
 * entity expansion. Every parser that reads a {@code .hstack} file is configured with these.
 */
public final class XmlSafety {

    /** SAX/Xerces feature that makes any {@code <!DOCTYPE>} a fatal error. */
    public static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    /** Parser features (for EMF's {@code XMLResource.OPTION_PARSER_FEATURES} and our own parsers). */
    public static final Map<String, Boolean> FEATURES = Map.of(
            XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE,
            DISALLOW_DOCTYPE, Boolean.TRUE,
            "http://xml.org/sax/features/external-general-entities", Boolean.FALSE,
            "http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE,
            "http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);

    /** Parser properties (for EMF's {@code XMLResource.OPTION_PARSER_PROPERTIES}): no external access at all. */
    public static final Map<String, Object> PROPERTIES = Map.of(
            XMLConstants.ACCESS_EXTERNAL_DTD, "",
            XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");

    private XmlSafety() {
    }

    /**
     * A namespace-aware, non-validating SAX parser factory with the safe features.
     *
     * @return the factory
     * @throws ParserConfigurationException when the platform's parser does not support them
     * @throws SAXException                 likewise
     */
    public static SAXParserFactory saxParserFactory() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        for (var feature : FEATURES.entrySet()) {
            factory.setFeature(feature.getKey(), feature.getValue());
        }
        return factory;
    }

    /**
     * A namespace-aware DOM builder factory with the safe features (used by migrations).
     *
     * @return the factory
     * @throws ParserConfigurationException when the platform's parser does not support them
     */
    public static DocumentBuilderFactory documentBuilderFactory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        for (var feature : FEATURES.entrySet()) {
            factory.setFeature(feature.getKey(), feature.getValue());
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }

    /**
     * A transformer factory that cannot reach external DTDs or stylesheets (used to write migrated documents).
     *
     * @return the factory
     * @throws TransformerConfigurationException when secure processing is not supported
     */
    public static TransformerFactory transformerFactory() throws TransformerConfigurationException {
        TransformerFactory factory = TransformerFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return factory;
    }
}
