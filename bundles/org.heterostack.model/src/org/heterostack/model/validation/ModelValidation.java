package org.heterostack.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.heterostack.model.HeterostackPackage;
import org.heterostack.model.Severity;
import org.heterostack.model.internal.Labels;
import org.heterostack.model.internal.ValidatorRegistration;

/**
 * Validates models with {@link HeterostackValidator}, whether or not it is registered globally (it is, by the
 * bundle activator under OSGi and by this class outside it).
 */
public final class ModelValidation {

    static {
        ValidatorRegistration.register();
    }

    private ModelValidation() {
    }

    /**
     * Validates an object and everything it contains.
     *
     * @param root the object, usually a {@code HeterostackModel}
     * @return EMF's diagnostic tree
     */
    public static Diagnostic diagnose(EObject root) {
        EValidator.Registry registry = new EValidatorRegistryImpl(EValidator.Registry.INSTANCE);
        registry.put(HeterostackPackage.eINSTANCE, HeterostackValidator.INSTANCE);
        Diagnostician diagnostician = new Diagnostician(registry) {
            @Override
            public String getObjectLabel(EObject object) {
                return Labels.of(object); // EMF's own constraint messages name objects like ours do
            }
        };
        return diagnostician.validate(root);
    }

    /**
     * Validates an object and everything it contains.
     *
     * @param root the object, usually a {@code HeterostackModel}
     * @return the findings in model order; empty when the model is valid and without warnings
     */
    public static List<ModelProblem> validate(EObject root) {
        List<ModelProblem> problems = new ArrayList<>();
        for (Diagnostic child : diagnose(root).getChildren()) {
            collect(child, problems);
        }
        return problems;
    }

    /**
     * Whether a model has no error (warnings allowed).
     *
     * @param root the object to validate
     * @return true when no finding is an error
     */
    public static boolean isValid(EObject root) {
        return diagnose(root).getSeverity() < Diagnostic.ERROR;
    }

    private static void collect(Diagnostic diagnostic, List<ModelProblem> problems) {
        if (diagnostic.getSeverity() != Diagnostic.OK) {
            List<?> data = diagnostic.getData();
            EObject object = !data.isEmpty() && data.get(0) instanceof EObject e ? e : null;
            EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature f ? f : null;
            boolean ours = HeterostackValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource());
            problems.add(new ModelProblem(severity(diagnostic), ours ? diagnostic.getCode() : 0, object, feature,
                    diagnostic.getMessage()));
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            collect(child, problems);
        }
    }

    private static Severity severity(Diagnostic diagnostic) {
        return switch (diagnostic.getSeverity()) {
            case Diagnostic.ERROR, Diagnostic.CANCEL -> Severity.ERROR;
            case Diagnostic.WARNING -> Severity.WARNING;
            default -> Severity.INFO;
        };
    }
}
