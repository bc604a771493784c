package org.heterostack.model.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.heterostack.model.HeterostackPackage;
import org.xml.sax.Attributes;

/**
 * Checks reference attributes ({@code material="TiO2"}) before EMF reads them. A reference names an element of
 * the same file; a value with {@code #} or a URI would make EMF read it as a link into another document, after
 * which it blames every later, correct reference. Such a value is reported once, where it is written.
 */
final class ReferenceValues {

    private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:/");
    private static final Set<String> NAMES = referenceAttributeNames();

    private ReferenceValues() {
    }

    /**
     * @param element    the element's name as written
     * @param attributes its attributes
     * @param where      where its start tag ends
     * @return the problem of its first bad reference value, or null
     */
    static XmlPrescan.Problem check(String element, Attributes attributes, XmlPrescan.Location where) {
        for (int i = 0; i < attributes.getLength(); i++) {
            if (!attributes.getURI(i).isEmpty() || !NAMES.contains(attributes.getLocalName(i))) {
                continue;
            }
            for (String token : attributes.getValue(i).trim().split("\\s+")) {
                if (token.indexOf('#') >= 0 || URI_SCHEME.matcher(token).find()) {
                    return new XmlPrescan.Problem(where.line(), where.column(), "<" + element + nameOf(attributes)
                            + ">: '" + attributes.getLocalName(i) + "' refers to '" + Labels.shortened(token)
                            + "', but a reference is the name of an element of this file ('#' and URIs of other "
                            + "files are not allowed)");
                }
            }
        }
        return null;
    }

    private static String nameOf(Attributes attributes) {
        String name = attributes.getValue("", "name");
        return name == null ? "" : " name=\"" + Labels.shortened(name) + "\"";
    }

    /** Names of cross-references in the metamodel that no attribute shares. */
    private static Set<String> referenceAttributeNames() {
        Set<String> references = new HashSet<>();
        Set<String> attributes = new HashSet<>();
        HeterostackPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance)
                .map(EClass.class::cast).forEach(eClass -> {
                    for (EReference reference : eClass.getEReferences()) {
                        if (!reference.isContainment() && !reference.isContainer()) {
                            references.add(reference.getName());
                        }
                    }
                    eClass.getEAttributes().stream().map(EAttribute::getName).forEach(attributes::add);
                });
        references.removeAll(attributes);
        return Set.copyOf(references);
    }
}
