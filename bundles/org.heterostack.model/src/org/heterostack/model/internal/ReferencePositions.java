package org.heterostack.model.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.IllegalValueException;

/**
 * Finds where a reference is written when EMF reports it without a position: EMF resolves references after
 * reading the whole file (so that they may point forwards) and by then has lost the line of a reference to an
 * element of the wrong kind.
 */
public final class ReferencePositions {

    private ReferencePositions() {
    }

    /**
     * The position of the reference a diagnostic is about, when EMF gave none.
     *
     * @param diagnostic a load diagnostic
     * @param content    the file's bytes (UTF-8)
     * @return {line, column} (1-based), or null when the diagnostic has a position or is about no reference
     */
    public static int[] locate(Resource.Diagnostic diagnostic, byte[] content) {
        if (diagnostic.getLine() > 0 || !(diagnostic instanceof IllegalValueException e)
                || e.getFeature() == null || !(e.getValue() instanceof EObject target)) {
            return null;
        }
        String id = identifier(target);
        if (id == null) {
            return null;
        }
        // the identifier inside the attribute's value, written alone ("BA") or in a path ("//@layers[name='BA']")
        String text = new String(content, StandardCharsets.UTF_8);
        Matcher matcher = Pattern.compile("\\b" + Pattern.quote(e.getFeature().getName()) + "\\s*=\\s*\"[^\"]*?"
                + "(?<![\\w.\\-])" + Pattern.quote(id) + "(?![\\w.\\-])").matcher(text);
        if (!matcher.find()) {
            return null;
        }
        int offset = matcher.start();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    /** @return what the file calls the object: its XMI identifier (a name or a reference's key) */
    private static String identifier(EObject object) {
        String id = EcoreUtil.getID(object);
        for (String attribute : new String[] {"name", "key"}) {
            if (id == null && object.eClass().getEStructuralFeature(attribute) instanceof EAttribute feature) {
                id = object.eGet(feature) instanceof String value ? value : null;
            }
        }
        return id == null || id.isEmpty() ? null : id;
    }
}
