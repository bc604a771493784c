package org.heterostack.model.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.heterostack.model.NamedElement;

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
                || e.getFeature() == null || !(e.getValue() instanceof NamedElement target)
                || target.getName() == null) {
            return null;
        }
        String text = new String(content, StandardCharsets.UTF_8);
        Matcher matcher = Pattern.compile("\\b" + Pattern.quote(e.getFeature().getName()) + "\\s*=\\s*\"[^\"]*?(?<![^\\s\"])"
                + Pattern.quote(target.getName()) + "(?![^\\s\"])").matcher(text);
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
}
