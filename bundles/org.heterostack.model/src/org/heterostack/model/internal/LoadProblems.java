package org.heterostack.model.internal;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.heterostack.model.io.ValueSyntax;

/** Turns EMF's loading diagnostics into messages a user can act on (no exception class names or traces). */
public final class LoadProblems {

    private LoadProblems() {
    }

    /**
     * A message for one of EMF's (or our) load diagnostics.
     *
     * @param diagnostic the diagnostic
     * @return its explanation without location suffix
     */
    public static String describe(Resource.Diagnostic diagnostic) {
        return switch (diagnostic) {
            case LoadProblem problem -> problem.getMessage();
            case FeatureNotFoundException e -> "unknown attribute or element '" + e.getName() + "' in "
                    + describe(e.getObject());
            case UnresolvedReferenceException e -> subject(e.getObject()) + ": '" + e.getReference() + "' in "
                    + feature(e.getFeature()) + " does not name an element of this file";
            case IllegalValueException e -> subject(e.getObject()) + ": " + illegalValue(e);
            case ClassNotFoundException e -> "unknown element type '" + e.getName() + "'";
            case PackageNotFoundException e -> "unknown namespace '" + e.uri() + "'";
            case XMIException e -> cause(e);
            default -> stripLocation(String.valueOf(diagnostic.getMessage()));
        };
    }

    private static String describe(EObject object) {
        return object == null ? "the file" : Labels.inSentence(object);
    }

    private static String subject(EObject object) {
        return object == null ? "The file" : Labels.of(object);
    }

    private static String feature(EStructuralFeature feature) {
        return feature == null ? "an attribute" : "'" + feature.getName() + "'";
    }

    /** What the attribute's type expects, with the number syntax's hint where it has one. */
    private static String illegalValue(IllegalValueException e) {
        if (e.getValue() instanceof EObject referenced) {
            String wanted = e.getFeature() == null ? "another kind of element"
                    : "a " + Labels.humanise(e.getFeature().getEType().getName()).toLowerCase(java.util.Locale.ROOT);
            return feature(e.getFeature()) + " refers to " + Labels.inSentence(referenced) + ", but it must refer to " + wanted;
        }
        EStructuralFeature feature = e.getFeature();
        String expected = feature != null && feature.getEType() instanceof EDataType type
                ? ValueSyntax.expected(type) + (type instanceof EEnum ? "" : " is expected") : "";
        Throwable cause = e.getCause() != null ? e.getCause() : e.getWrappedException();
        String message = cause instanceof IllegalArgumentException syntax ? syntax.getMessage() : null;
        int hint = message == null ? -1 : message.lastIndexOf(" (");
        if (hint >= 0 && message.endsWith(")") && message.startsWith("'")) {
            expected += (expected.isEmpty() ? "" : "; ") + message.substring(hint + 2, message.length() - 1);
        }
        return "'" + Labels.shortened(String.valueOf(e.getValue())) + "' is not a valid value of " + feature(feature)
                + (expected.isEmpty() ? "" : " (" + expected + ")");
    }

    private static String cause(XMIException e) {
        Exception wrapped = e.getWrappedException();
        String message = wrapped != null && wrapped.getMessage() != null ? wrapped.getMessage() : e.getMessage();
        return stripLocation(String.valueOf(message));
    }

    /** EMF appends " (uri, line, column)" to its messages; the location is reported separately. */
    static String stripLocation(String message) {
        return message.replaceFirst("\\s*\\([^()]*, -?\\d+, -?\\d+\\)\\s*$", "");
    }
}
