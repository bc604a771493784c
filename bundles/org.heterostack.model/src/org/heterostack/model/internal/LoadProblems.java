package org.heterostack.model.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;

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
            case IllegalValueException e -> subject(e.getObject()) + ": '" + e.getValue() + "' is not a valid value of "
                    + feature(e.getFeature()) + expected(e.getFeature());
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

    private static String expected(EStructuralFeature feature) {
        if (feature == null || feature.getEType() == null || feature.getEType().getInstanceClass() == null) {
            return "";
        }
        Class<?> type = feature.getEType().getInstanceClass();
        if (type == double.class || type == Double.class) {
            return " (a number is expected)";
        }
        if (type == int.class || type == Integer.class) {
            return " (a whole number is expected)";
        }
        if (type == boolean.class || type == Boolean.class) {
            return " (true or false is expected)";
        }
        if (feature.getEType() instanceof org.eclipse.emf.ecore.EEnum eEnum) {
            return " (one of " + String.join(", ", eEnum.getELiterals().stream().map(l -> l.getLiteral()).toList())
                    + ")";
        }
        return "";
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
