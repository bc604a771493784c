package org.heterostack.model.internal;

import java.util.ArrayList;
import java.util.List;

import org.heterostack.model.io.ModelMigration;
import org.heterostack.model.io.ModelMigrations;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Model 1.0 to 1.1. Version 1.1 pins each engine of a study to an identifier, a version and settings
 * ({@code <engines engineId="..."/>}) where 1.0 listed bare identifiers ({@code <engineIds>...</engineIds>}); every
 * identifier becomes a pin without a version, so a migrated study runs the same engines as before. The other
 * changes of 1.1 (axis kinds and ranges, exclusions, the combination, the run time in provenance) only add
 * optional features, so everything else of a 1.0 file reads unchanged.
 */
public final class StudyPinsMigration implements ModelMigration {

    /** Namespace of model 1.0. */
    public static final String V1_0 = "http://heterostack.org/model/1.0";

    /** Namespace of model 1.1. */
    public static final String V1_1 = "http://heterostack.org/model/1.1";

    @Override
    public String sourceNamespace() {
        return V1_0;
    }

    @Override
    public String targetNamespace() {
        return V1_1;
    }

    @Override
    public void migrate(Document document) {
        ModelMigrations.renameNamespace(document, V1_0, V1_1);
        NodeList studies = document.getElementsByTagName("studies");
        for (int i = 0; i < studies.getLength(); i++) {
            pinEngines((Element) studies.item(i));
        }
    }

    private static void pinEngines(Element study) {
        List<Element> identifiers = new ArrayList<>();
        for (Node child = study.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && "engineIds".equals(element.getLocalName() == null
                    ? element.getNodeName() : element.getLocalName())) {
                identifiers.add(element);
            }
        }
        for (Element identifier : identifiers) {
            Element pin = study.getOwnerDocument().createElementNS(identifier.getNamespaceURI(), "engines");
            pin.setAttribute("engineId", identifier.getTextContent().strip());
            study.replaceChild(pin, identifier);
        }
        if (study.hasAttribute("engineIds")) {
            for (String id : study.getAttribute("engineIds").trim().split("\\s+")) {
                if (!id.isEmpty()) {
                    Element pin = study.getOwnerDocument().createElementNS(null, "engines");
                    pin.setAttribute("engineId", id);
                    study.appendChild(pin);
                }
            }
            study.removeAttribute("engineIds");
        }
    }
}
