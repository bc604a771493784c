package org.heterostack.engine.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * SHA-256 of everything an analysis depends on: the target, every object it contains or refers to (a device's
 * layers and their materials), the engine id and version and the effective settings. Two analyses with the
 * same hash have the same input, so a study may reuse the result; any change of a value the engine can read
 * changes the hash. Objects are numbered in visiting order, so the hash does not depend on where the model
 * is stored.
 */
public final class InputHash {

    private InputHash() {
    }

    /**
     * @param target        the analysed object
     * @param engineId      the engine
     * @param engineVersion its version
     * @param settings      the effective settings
     * @return the hash as 64 hexadecimal digits
     */
    public static String of(EObject target, String engineId, String engineVersion, Map<String, String> settings) {
        MessageDigest digest = sha256();
        update(digest, "engine " + engineId + " " + engineVersion);
        settings.forEach((key, value) -> update(digest, "setting " + key + "=" + value));
        Map<EObject, Integer> numbers = new HashMap<>();
        Deque<EObject> pending = new ArrayDeque<>();
        Set<EObject> seen = new HashSet<>();
        pending.add(target);
        seen.add(target);
        while (!pending.isEmpty()) {
            EObject object = pending.removeFirst();
            update(digest, "object " + number(numbers, object) + " " + object.eClass().getName());
            for (EStructuralFeature feature : object.eClass().getEAllStructuralFeatures()) {
                if (feature.isDerived() || feature.isTransient() || !object.eIsSet(feature)) {
                    continue;
                }
                Object value = object.eGet(feature);
                if (feature instanceof EAttribute) {
                    update(digest, feature.getName() + "=" + value);
                } else if (feature instanceof EReference reference && !reference.isContainer()) {
                    for (EObject referenced : referenced(value)) {
                        update(digest, feature.getName() + "->" + number(numbers, referenced));
                        if (seen.add(referenced)) {
                            pending.addLast(referenced);
                        }
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @SuppressWarnings("unchecked")
    private static Collection<EObject> referenced(Object value) {
        return value instanceof Collection<?> many ? (Collection<EObject>) many : java.util.List.of((EObject) value);
    }

    private static int number(Map<EObject, Integer> numbers, EObject object) {
        return numbers.computeIfAbsent(object, o -> numbers.size());
    }

    private static void update(MessageDigest digest, String line) {
        digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the Java runtime lacks SHA-256", e);
        }
    }
}
