package org.heterostack.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.io.ValueSyntax;

/**
 * Applies {@code --set NAME.FEATURE=VALUE}: changes one attribute of the object named NAME in the loaded model
 * (the file itself is never written). NAME is the object's {@code name}; the feature is whatever follows the
 * last dot, so names may contain dots (e.g. {@code Cs0.05FA0.95PbI3.bandGapEv=1.55}).
 */
final class ModelOverrides {

    private ModelOverrides() {
    }

    static void apply(HeterostackModel model, Map<String, String> overrides) throws UsageException {
        for (Map.Entry<String, String> override : overrides.entrySet()) {
            String path = override.getKey();
            int dot = path.lastIndexOf('.');
            if (dot <= 0 || dot == path.length() - 1) {
                throw new UsageException("--set " + path + ": expected NAME.FEATURE=VALUE");
            }
            EObject object = named(model, path.substring(0, dot));
            set(object, path.substring(0, dot), path.substring(dot + 1), override.getValue());
        }
    }

    /**
     * @param model a model
     * @param name  an object name
     * @return the one object of that name
     * @throws UsageException if there is none or more than one
     */
    static EObject named(HeterostackModel model, String name) throws UsageException {
        List<EObject> matches = new ArrayList<>();
        model.eAllContents().forEachRemaining(object -> {
            EStructuralFeature nameFeature = object.eClass().getEStructuralFeature("name");
            if (nameFeature instanceof EAttribute && name.equals(object.eGet(nameFeature))) {
                matches.add(object);
            }
        });
        if (matches.isEmpty()) {
            throw new UsageException("no object named '" + name + "' in the model");
        }
        if (matches.size() > 1) {
            throw new UsageException(matches.size() + " objects are named '" + name + "'; names must be unique");
        }
        return matches.get(0);
    }

    private static void set(EObject object, String name, String featureName, String value) throws UsageException {
        EStructuralFeature feature = object.eClass().getEStructuralFeature(featureName);
        if (!(feature instanceof EAttribute attribute) || !attribute.isChangeable() || attribute.isMany()) {
            throw new UsageException("--set " + name + "." + featureName + ": " + object.eClass().getName() + " '"
                    + name + "' has no single-valued attribute '" + featureName + "'");
        }
        try {
            object.eSet(attribute, ValueSyntax.parse(attribute.getEAttributeType(), value));
        } catch (RuntimeException e) {
            throw new UsageException("--set " + name + "." + featureName + "=" + value + ": " + featureName
                    + " must be " + ValueSyntax.expected(attribute.getEAttributeType())
                    + (e.getMessage() != null && e.getMessage().startsWith("'") ? "; " + e.getMessage() : ""));
        }
    }
}
