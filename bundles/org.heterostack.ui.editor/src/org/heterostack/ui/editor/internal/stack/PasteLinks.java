package org.heterostack.ui.editor.internal.stack;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.HeterostackPackage.Literals;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Reference;

/**
 * Makes pasted copies belong to the model they are pasted into, before they are added: what they refer to outside
 * this model (in another file, or cut from this one) becomes this model's object of the same name or key, else a
 * copy of it that is added with them ({@link #imported}); references that cannot be kept are dropped. Names and
 * keys (the file's identifiers, one namespace, without spaces) that are taken get a number: MAPbI3-2.
 */
final class PasteLinks {

    private final HeterostackModel model;
    private final Set<String> takenIds = new HashSet<>();
    private final Set<EObject> pastedRoots = new HashSet<>();
    private final Map<EObject, EObject> resolved = new HashMap<>();
    private final Map<EObject, EReference> imported = new LinkedHashMap<>();

    /** @param model the model pasted into */
    PasteLinks(HeterostackModel model) {
        this.model = model;
        model.eAllContents().forEachRemaining(o -> {
            String id = EcoreUtil.getID(o);
            if (id != null) {
                takenIds.add(id);
            }
        });
    }

    /**
     * @param eClass the class of a top-level object
     * @return the model's containment that holds such objects, or null
     */
    static EReference modelFeature(EClass eClass) {
        for (EReference feature : Literals.HETEROSTACK_MODEL.getEAllContainments()) {
            if (feature.getEReferenceType().isSuperTypeOf(eClass)) {
                return feature;
            }
        }
        return null;
    }

    /**
     * Re-links the copies (and what has to be copied in with them) and makes their identifiers unique.
     *
     * @param copies the pasted copies, not yet in the model
     */
    void adopt(Collection<EObject> copies) {
        pastedRoots.addAll(copies);
        Deque<EObject> work = new ArrayDeque<>(copies);
        while (!work.isEmpty()) {
            EObject root = work.pop();
            List<EObject> tree = new ArrayList<>();
            tree.add(root);
            root.eAllContents().forEachRemaining(tree::add);
            tree.forEach(this::uniqueId);
            tree.forEach(o -> relink(o, work));
        }
    }

    /** @return the objects copied in because the pasted ones refer to them, with the model's feature for each */
    Map<EObject, EReference> imported() {
        return imported;
    }

    private void uniqueId(EObject object) {
        EAttribute id = object.eClass().getEIDAttribute();
        if (id == null || !(object.eGet(id) instanceof String base)) {
            return;
        }
        String name = base;
        for (int k = 2; takenIds.contains(name); k++) {
            name = base + "-" + k; // identifiers have no spaces
        }
        takenIds.add(name);
        if (!name.equals(base)) {
            object.eSet(id, name);
        }
    }

    @SuppressWarnings("unchecked")
    private void relink(EObject object, Deque<EObject> work) {
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                    || !reference.isChangeable() || !object.eIsSet(reference)) {
                continue;
            }
            if (reference.isMany()) {
                EList<EObject> values = (EList<EObject>) object.eGet(reference);
                for (int i = values.size() - 1; i >= 0; i--) {
                    EObject target = resolve(values.get(i), work);
                    if (target == null || target != values.get(i) && values.contains(target)) {
                        values.remove(i);
                    } else if (target != values.get(i)) {
                        values.set(i, target);
                    }
                }
            } else {
                EObject value = (EObject) object.eGet(reference);
                EObject target = resolve(value, work);
                if (target != value) {
                    object.eSet(reference, target);
                }
            }
        }
    }

    private EObject resolve(EObject value, Deque<EObject> work) {
        EObject root = EcoreUtil.getRootContainer(value);
        if (root == model || pastedRoots.contains(root)) {
            return value;
        }
        if (resolved.containsKey(value)) {
            return resolved.get(value);
        }
        EObject target = sameInModel(value);
        EReference feature = modelFeature(value.eClass());
        if (target == null && feature != null && (value.eContainer() == null
                || value.eContainer() instanceof HeterostackModel)) {
            target = EcoreUtil.copy(value);
            imported.put(target, feature);
            pastedRoots.add(target);
            work.add(target);
        }
        resolved.put(value, target);
        return target;
    }

    private EObject sameInModel(EObject value) {
        EObject same = switch (value) {
            case Reference r -> model.findReference(r.getKey());
            case NamedElement n -> model.findByName(n.getName());
            default -> null;
        };
        return same != null && same.eClass() == value.eClass() ? same : null;
    }
}
