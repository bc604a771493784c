package org.heterostack.model.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** Collects the diagnostics of the rules for one object; the data of each is [object, feature]. */
final class Report {

    private final DiagnosticChain chain;
    private boolean valid = true;

    Report(DiagnosticChain chain) {
        this.chain = chain;
    }

    /** Whether nothing worse than a warning was reported (EMF's notion of "valid"). */
    boolean valid() {
        return valid;
    }

    /** Whether diagnostics are wanted at all (EMF passes null to ask only "valid or not"). */
    boolean collecting() {
        return chain != null;
    }

    void error(int code, EObject object, EStructuralFeature feature, String message) {
        add(Diagnostic.ERROR, code, object, feature, message);
    }

    void warning(int code, EObject object, EStructuralFeature feature, String message) {
        add(Diagnostic.WARNING, code, object, feature, message);
    }

    private void add(int severity, int code, EObject object, EStructuralFeature feature, String message) {
        if (severity == Diagnostic.ERROR) {
            valid = false;
        }
        if (chain != null) {
            Object[] data = feature == null ? new Object[] { object } : new Object[] { object, feature };
            chain.add(new BasicDiagnostic(severity, HeterostackValidator.DIAGNOSTIC_SOURCE, code, message, data));
        }
    }
}
