package org.heterostack.model.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.HeterostackPackage.Literals;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Reference;
import org.heterostack.model.ValueSource;
import org.heterostack.model.internal.Labels;
import org.heterostack.model.internal.OutsideReferences;
import org.heterostack.model.internal.OutsideReferences.CrossReference;
import org.heterostack.model.internal.ModelQueries;

/** Rules on references: every reference resolves within the file, sources name attributes, names are unique. */
final class ReferenceRules {

    private ReferenceRules() {
    }

    /** Every non-containment reference points to an object of the same file (model). */
    static void crossReferences(EObject object, Report report) {
        EObject root = EcoreUtil.getRootContainer(object);
        for (CrossReference link : OutsideReferences.crossReferences(object)) {
            EReference reference = link.reference();
            EObject eTarget = link.target();
            if (eTarget.eIsProxy()) {
                report.error(HeterostackValidator.UNRESOLVED_REFERENCE, object, reference, Labels.of(object)
                        + ": " + reference.getName() + " refers to '" + proxyText(eTarget)
                        + "', which cannot be resolved");
            } else if (EcoreUtil.getRootContainer(eTarget) != root) {
                report.error(HeterostackValidator.UNRESOLVED_REFERENCE, object, reference, Labels.of(object)
                        + ": " + reference.getName() + " refers to " + Labels.inSentence(eTarget)
                        + ", which is not in this file");
            }
        }
    }

    static void source(ValueSource source, Report report) {
        EObject owner = source.eContainer();
        if (owner == null || source.getFeature() == null) {
            return;
        }
        EStructuralFeature feature = owner.eClass().getEStructuralFeature(source.getFeature());
        boolean sourceable = feature instanceof EAttribute
                || feature instanceof EReference reference && reference.isContainment(); // e.g. a measured spectrum
        if (!sourceable) {
            report.error(HeterostackValidator.SOURCE_FEATURE, owner, Literals.SOURCED__SOURCES, Labels.of(owner)
                    + ": source for '" + source.getFeature() + "' does not name an attribute or data series of "
                    + owner.eClass().getName());
        }
    }

    /** Names of named elements and keys of references share one namespace: the XMI identifiers of the file. */
    static void uniqueNames(HeterostackModel model, Report report) {
        Map<String, EObject> first = new HashMap<>();
        ModelQueries.namedElements(model).forEach(element -> unique(element, element.getName(),
                Literals.NAMED_ELEMENT__NAME, first, report));
        for (Reference reference : model.getReferences()) {
            unique(reference, reference.getKey(), Literals.REFERENCE__KEY, first, report);
        }
    }

    private static void unique(EObject element, String name, EAttribute feature, Map<String, EObject> first,
            Report report) {
        if (name == null) {
            return;
        }
        if (name.isEmpty() || name.chars().anyMatch(c -> Character.isWhitespace(c) || c == '#')) {
            report.error(HeterostackValidator.NAME_SYNTAX, element, feature, Labels.of(element) + ": "
                    + feature.getName() + " '" + name + "' must not be empty or contain spaces or '#'");
        }
        EObject previous = first.putIfAbsent(name, element);
        if (previous != null) {
            String what = element instanceof NamedElement ? "name" : "key";
            report.error(HeterostackValidator.DUPLICATE_NAME, element, feature, Labels.of(element) + ": " + what
                    + " '" + name + "' is already used by " + Labels.inSentence(previous)
                    + "; names must be unique in a file");
        }
    }

    private static String proxyText(EObject proxy) {
        var uri = ((InternalEObject) proxy).eProxyURI();
        return uri == null ? "?" : uri.hasFragment() && uri.trimFragment().isEmpty() ? uri.fragment() : uri.toString();
    }
}
