package org.heterostack.product.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The installable units of a p2 repository's {@code content.jar}, read with the JDK's XML parser: what a user's
 * Install New Software dialog and a third party's target platform see.
 */
final class P2Metadata {

    /** One installable unit: id, version, properties, provided and required capabilities. */
    record Unit(String id, String version, Map<String, String> properties, List<Capability> provided,
            List<Capability> required) {

        /** @return whether p2 shows this unit as a category */
        boolean isCategory() {
            return "true".equals(properties.get("org.eclipse.equinox.p2.type.category"));
        }

        /** @return the names of the provided capabilities of the namespace */
        List<Capability> provided(String namespace) {
            return provided.stream().filter(c -> c.namespace().equals(namespace)).toList();
        }

        /** @return the names of the units this one requires (namespace org.eclipse.equinox.p2.iu) */
        List<String> requiredUnits() {
            return required.stream().filter(c -> c.namespace().equals("org.eclipse.equinox.p2.iu"))
                    .map(Capability::name).toList();
        }
    }

    /** A provided capability (version) or a required one (range). */
    record Capability(String namespace, String name, String versionOrRange) {
    }

    private final Map<String, Unit> units = new LinkedHashMap<>();

    private P2Metadata() {
    }

    /**
     * Reads {@code content.jar} of a repository.
     *
     * @param repository the repository folder
     * @return its units, by id (the highest version when an id occurs twice)
     */
    static P2Metadata read(Path repository) throws Exception {
        P2Metadata metadata = new P2Metadata();
        try (ZipFile jar = new ZipFile(repository.resolve("content.jar").toFile())) {
            ZipEntry entry = jar.getEntry("content.xml");
            if (entry == null) {
                throw new IOException(repository + "/content.jar has no content.xml");
            }
            try (InputStream in = jar.getInputStream(entry)) {
                NodeList list = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                        .getElementsByTagName("unit");
                for (int i = 0; i < list.getLength(); i++) {
                    Unit unit = unit((Element) list.item(i));
                    metadata.units.put(unit.id(), unit);
                }
            }
        }
        return metadata;
    }

    /** @return every unit */
    List<Unit> units() {
        return List.copyOf(units.values());
    }

    /** @return the unit with this id, or null */
    Unit unit(String id) {
        return units.get(id);
    }

    private static Unit unit(Element element) {
        Map<String, String> properties = new LinkedHashMap<>();
        NodeList props = element.getElementsByTagName("property");
        for (int i = 0; i < props.getLength(); i++) {
            Element p = (Element) props.item(i);
            if (p.getParentNode().getParentNode() == element) {
                properties.put(p.getAttribute("name"), p.getAttribute("value"));
            }
        }
        return new Unit(element.getAttribute("id"), element.getAttribute("version"), properties,
                capabilities(element, "provided", "version"), capabilities(element, "required", "range"));
    }

    private static List<Capability> capabilities(Element unit, String tag, String versionAttribute) {
        List<Capability> result = new ArrayList<>();
        NodeList list = unit.getElementsByTagName(tag);
        for (int i = 0; i < list.getLength(); i++) {
            Element c = (Element) list.item(i);
            if (c.hasAttribute("namespace")) {
                result.add(new Capability(c.getAttribute("namespace"), c.getAttribute("name"),
                        c.getAttribute(versionAttribute)));
            }
        }
        return result;
    }
}
