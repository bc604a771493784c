package org.heterostack.model.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;

/**
 * Finds references that leave a resource. A {@code .hstack} file is self-contained: a reference to an object in no
 * file, in another file or to an unresolved proxy would be written as an identifier or link that cannot be read
 * back, so saving refuses it.
 */
public final class OutsideReferences {

    private OutsideReferences() {
    }

    /**
     * The first reference from the resource's content to an object outside it.
     *
     * @param resource the resource about to be saved
     * @return a message naming the object, the reference and its target, or null when all references stay inside
     */
    public static String first(Resource resource) {
        for (Iterator<EObject> contents = resource.getAllContents(); contents.hasNext();) {
            EObject object = contents.next();
            for (CrossReference link : crossReferences(object)) {
                if (link.target().eIsProxy()) {
                    return Labels.of(object) + ": " + link.reference().getName() + " refers to '"
                            + ((InternalEObject) link.target()).eProxyURI() + "', which cannot be resolved";
                }
                if (link.target().eResource() != resource) {
                    return Labels.of(object) + ": " + link.reference().getName() + " refers to "
                            + Labels.inSentence(link.target()) + ", which is not in this file";
                }
            }
        }
        return null;
    }

    /**
     * One value of a non-containment reference.
     *
     * @param reference the reference
     * @param target    the object it points to (possibly an unresolved proxy)
     */
    public record CrossReference(EReference reference, EObject target) {
    }

    /**
     * The values of every stored non-containment reference of an object, proxies left unresolved: what a file
     * must be able to write and read back.
     *
     * @param object a model object
     * @return its cross references in feature order
     */
    public static List<CrossReference> crossReferences(EObject object) {
        List<CrossReference> links = new ArrayList<>();
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                    || reference.isTransient()) {
                continue;
            }
            Object value = object.eGet(reference, false);
            List<?> targets = reference.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
            targets.forEach(target -> links.add(new CrossReference(reference, (EObject) target)));
        }
        return links;
    }
}
