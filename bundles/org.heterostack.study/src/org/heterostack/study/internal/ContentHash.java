package org.heterostack.study.internal;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * SHA-256 of what a model object says: its attributes in metamodel order, what it contains and what it refers to,
 * followed through references. The text of the file does not enter (attribute order, indentation, where an object
 * is stored), so the same content gives the same hash on every machine; any value an engine could read changes it.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /**
     * @param root the object
     * @return its content hash as 64 hexadecimal digits
     */
    public static String of(EObject root) {
        Sha256 hash = new Sha256();
        Map<EObject, Integer> numbers = new HashMap<>();
        Deque<EObject> pending = new ArrayDeque<>();
        numbers.put(root, 0);
        pending.add(root);
        while (!pending.isEmpty()) {
            EObject object = pending.removeFirst();
            hash.line("object " + numbers.get(object) + " " + object.eClass().getName());
            for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
                if (feature.isDerived() || feature.isTransient() || !object.eIsSet(feature)) {
                    continue;
                }
                Object value = object.eGet(feature);
                if (feature instanceof EAttribute) {
                    hash.line(feature.getName() + "=" + value);
                } else if (feature instanceof EReference reference && !reference.isContainer()) {
                    for (EObject target : objects(value)) {
                        Integer number = numbers.get(target);
                        if (number == null) {
                            number = numbers.size();
                            numbers.put(target, number);
                            pending.addLast(target);
                        }
                        hash.line(feature.getName() + "->" + number);
                    }
                }
            }
        }
        return hash.hex();
    }

    @SuppressWarnings("unchecked")
    private static Collection<EObject> objects(Object value) {
        return value instanceof Collection<?> many ? (Collection<EObject>) many : List.of((EObject) value);
    }
}
