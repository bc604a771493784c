package org.heterostack.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.heterostack.engine.SuppliedValue;
import org.heterostack.model.NamedElement;

/**
 * A consumer's private copy of its target in which unset attributes hold values other engines supplied. The
 * user's objects are never changed; a value set in the file wins over a supplied one.
 *
 * @param target  the copy
 * @param derived one sentence per supplied value used, naming object, attribute, value and source
 * @param kept    one sentence per supplied value not used (the file sets the attribute, or the object lies outside
 *                the target)
 */
public record WorkingCopy(NamedElement target, List<String> derived, List<String> kept) {

    /** Copies the lists. */
    public WorkingCopy {
        derived = List.copyOf(derived);
        kept = List.copyOf(kept);
    }

    /**
     * @param target   the user's object
     * @param supplied values for it or objects it contains
     * @return the working copy
     */
    public static WorkingCopy of(NamedElement target, List<SuppliedValue> supplied) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        NamedElement copy = (NamedElement) copier.copy(target);
        copier.copyReferences();
        List<String> derived = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (SuppliedValue value : supplied) {
            EObject owner = copier.get(value.owner());
            String what = label(value.owner()) + " " + value.attribute().getName();
            if (owner == null || !value.attribute().getEContainingClass().isSuperTypeOf(owner.eClass())) {
                kept.add(String.format(Locale.ROOT, "%s supplied by %s not used: the object is not part of %s", what,
                        value.engineId(), label(target)));
            } else if (owner.eIsSet(value.attribute())) {
                kept.add(String.format(Locale.ROOT, "%s: the file's value %s is used, not %.6g supplied by %s", what,
                        owner.eGet(value.attribute()), value.value(), value.engineId()));
            } else {
                owner.eSet(value.attribute(), value.value());
                derived.add(String.format(Locale.ROOT, "%s = %.6g derived by %s %s (result quantity %s)", what,
                        value.value(), value.engineId(), value.engineVersion(), value.resultKey()));
            }
        }
        return new WorkingCopy(copy, derived, kept);
    }

    private static String label(EObject object) {
        var name = object.eClass().getEStructuralFeature("name");
        Object value = name == null ? null : object.eGet(name);
        return object.eClass().getName() + (value == null ? "" : " '" + value + "'");
    }
}
