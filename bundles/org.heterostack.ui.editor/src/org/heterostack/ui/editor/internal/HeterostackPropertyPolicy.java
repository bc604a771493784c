package org.heterostack.ui.editor.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.HeterostackPackage;
import org.heterostack.model.Layer;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Severity;
import org.heterostack.model.Sourced;
import org.heterostack.model.ValueSource;
import org.heterostack.model.validation.ModelProblem;
import org.heterostack.model.validation.ModelValidation;
import org.heterostack.ui.editor.bridge.PropertyPolicy;

/**
 * The Heterostack model's rules for the Properties view: a value the model's validator would report as an error
 * is refused with the validator's message; a layer without a semiconductor parameter of its own shows its
 * material's (or its heterostructure film's) value; a value names the {@code sources} entry that documents it.
 */
public final class HeterostackPropertyPolicy implements PropertyPolicy {

    /**
     * Tries the value on the object itself with notifications switched off, validates the nearest named element
     * around it, and restores the old value: an error that appears only with the new value refuses it.
     */
    @Override
    public String check(Object owner, Object feature, Object value) {
        if (!(owner instanceof EObject object) || !(feature instanceof EStructuralFeature structural)
                || structural.isMany() || structural instanceof EReference reference && reference.isContainment()) {
            return null;
        }
        EObject scope = scope(object);
        Set<String> before = errors(scope);
        boolean wasSet = object.eIsSet(structural);
        Object old = object.eGet(structural);
        boolean deliver = object.eDeliver();
        object.eSetDeliver(false);
        try {
            object.eSet(structural, value);
            return errors(scope).stream().filter(message -> !before.contains(message)).findFirst().orElse(null);
        } catch (ClassCastException | IllegalArgumentException e) {
            return "not a value of " + structural.getName() + ": " + e.getMessage();
        } finally {
            if (wasSet) {
                object.eSet(structural, old);
            } else {
                object.eUnset(structural);
            }
            object.eSetDeliver(deliver);
        }
    }

    @Override
    public String label(Object value) {
        return ModelLabels.text(value);
    }

    /** A layer's semiconductor parameter it has no value for: the model's effective value and its holder. */
    @Override
    public Inherited inherited(Object owner, Object feature) {
        if (!(owner instanceof Layer layer) || !(feature instanceof EAttribute attribute)
                || attribute.getEContainingClass() != HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS
                || layer.eIsSet(attribute)) {
            return null;
        }
        EObject holder = layer.effectiveValueHolder(attribute);
        if (holder == null || holder == layer) {
            return null;
        }
        String from = holder == layer.getMaterial() ? "material '" + layer.getMaterial().getName() + "'"
                : "the film of heterostructure '" + layer.getHeterostructure().getName() + "'";
        return new Inherited(layer.effectiveValue(attribute), from);
    }

    @Override
    public String source(Object owner, Object feature) {
        if (!(feature instanceof EStructuralFeature structural)) {
            return null;
        }
        Object documented = owner;
        if (owner instanceof Layer layer && structural instanceof EAttribute attribute
                && inherited(owner, feature) != null) {
            documented = layer.effectiveValueHolder(attribute);
        }
        if (!(documented instanceof Sourced sourced)) {
            return null;
        }
        List<String> sources = sourced.getSources().stream()
                .filter(s -> Objects.equals(s.getFeature(), structural.getName())).map(HeterostackPropertyPolicy::cite)
                .toList();
        return sources.isEmpty() ? null : String.join("; ", sources);
    }

    private static String cite(ValueSource source) {
        String key = source.getReference() == null ? null : source.getReference().getKey();
        String note = source.getNote();
        if (key != null && note != null) {
            return key + " (" + note + ")";
        }
        return key != null ? key : Objects.requireNonNullElse(note, "");
    }

    /** The object whose validation covers a change: the nearest named element (a device for a layer). */
    private static EObject scope(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o instanceof NamedElement || o instanceof HeterostackModel) {
                return o;
            }
        }
        return object;
    }

    private static Set<String> errors(EObject scope) {
        Set<String> messages = new HashSet<>();
        for (ModelProblem problem : ModelValidation.validate(scope)) {
            if (problem.severity() == Severity.ERROR) {
                messages.add(problem.message());
            }
        }
        return messages;
    }
}
