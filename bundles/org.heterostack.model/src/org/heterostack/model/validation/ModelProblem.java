package org.heterostack.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.heterostack.model.Severity;

/**
 * One finding of the validation.
 *
 * @param severity ERROR (the model is not valid), WARNING or INFO
 * @param code     one of the codes of {@link HeterostackValidator}, 0 for EMF's own constraints
 * @param object   the object concerned
 * @param feature  the attribute or reference concerned, or null
 * @param message  the message, naming the object and the attribute
 */
public record ModelProblem(Severity severity, int code, EObject object, EStructuralFeature feature, String message) {

    @Override
    public String toString() {
        return severity.getLiteral().toLowerCase(java.util.Locale.ROOT) + ": " + message;
    }
}
