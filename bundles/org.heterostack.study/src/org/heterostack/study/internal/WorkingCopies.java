package org.heterostack.study.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Heterostructure;
import org.heterostack.model.Material;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Reference;

/**
 * Copies of a study's base object in a model of their own, to which a candidate's values are applied. Only the
 * top-level objects the base needs (itself, and what it contains or refers to, followed through references) are
 * copied, so a copy costs a few dozen objects however large the file is; the user's model is never touched.
 */
public final class WorkingCopies {

    private final NamedElement base;
    private final List<EObject> roots;

    /** @param base the study's base object */
    public WorkingCopies(NamedElement base) {
        this.base = base;
        this.roots = closure(base);
    }

    /** @return a fresh copy of the base object, in a working model holding copies of everything it needs */
    public NamedElement copy() {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        copier.copyAll(roots);
        copier.copyReferences();
        HeterostackModel model = HeterostackFactory.eINSTANCE.createHeterostackModel();
        for (EObject root : roots) {
            add(model, copier.get(root));
        }
        return (NamedElement) copier.get(base);
    }

    private static void add(HeterostackModel model, EObject copy) {
        switch (copy) {
            case Material material -> model.getMaterials().add(material);
            case Heterostructure heterostructure -> model.getHeterostructures().add(heterostructure);
            case Device device -> model.getDevices().add(device);
            case Reference reference -> model.getReferences().add(reference);
            default -> throw new IllegalStateException("unexpected top-level object " + copy.eClass().getName());
        }
    }

    private static List<EObject> closure(EObject base) {
        Set<EObject> roots = new LinkedHashSet<>();
        Deque<EObject> pending = new ArrayDeque<>();
        roots.add(top(base));
        pending.add(top(base));
        while (!pending.isEmpty()) {
            EObject root = pending.removeFirst();
            List<EObject> objects = new ArrayList<>();
            objects.add(root);
            root.eAllContents().forEachRemaining(objects::add);
            for (EObject object : objects) {
                for (EObject target : object.eCrossReferences()) {
                    EObject top = top(target);
                    if (roots.add(top)) {
                        pending.addLast(top);
                    }
                }
            }
        }
        return List.copyOf(roots);
    }

    private static EObject top(EObject object) {
        EObject current = object;
        while (current.eContainer() != null && !(current.eContainer() instanceof HeterostackModel)) {
            current = current.eContainer();
        }
        return current;
    }
}
