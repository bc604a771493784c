package org.heterostack.study.internal;

import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.heterostack.model.Architecture;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Material;
import org.heterostack.model.NPhaseFraction;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Orientation;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Phase2D;
import org.heterostack.model.Placement;
import org.heterostack.model.TwoDPhasePlacement;
import org.heterostack.study.Axis;
import org.heterostack.study.MaterialCatalog;
import org.heterostack.study.StatePoint;

/**
 * Applies a candidate's values to a working copy of the base object: each axis kind to its object (an attribute by
 * path, the spacer reference of a 2D phase, its n or n distribution, orientation and phase, a phase's placement, a
 * device's architecture). Paths are parsed once per study.
 */
public final class PointApplier {

    private final Map<String, ModelPath> paths = new ConcurrentHashMap<>();
    private final MaterialCatalog materials;

    /**
     * @param axes      the study's axes (their paths are checked here)
     * @param materials where material names not in the working copy are found: the user's file, then the library
     * @throws IllegalArgumentException naming an axis whose path is not valid
     */
    public PointApplier(List<Axis> axes, MaterialCatalog materials) {
        this.materials = materials;
        for (Axis axis : axes) {
            path(axis);
        }
    }

    /**
     * @param base  a working copy of the base object
     * @param point the candidate
     * @throws IllegalArgumentException naming the axis and value that cannot be applied
     */
    public void apply(NamedElement base, StatePoint point) {
        for (int i = 0; i < point.axes().size(); i++) {
            Axis axis = point.axes().get(i);
            try {
                apply(base, axis, point.value(i));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("axis '" + axis.name() + "' = " + point.value(i) + ": "
                        + e.getMessage(), e);
            }
        }
    }

    private ModelPath path(Axis axis) {
        return paths.computeIfAbsent(axis.path(), ModelPath::parse);
    }

    private void apply(NamedElement base, Axis axis, String value) {
        ModelPath path = path(axis);
        switch (axis.kind()) {
            case ATTRIBUTE -> attribute(path.end(base), value);
            case MATERIAL -> material(base, path, value);
            case N -> nPhases(phase(base, path), value + ":1");
            case NDISTRIBUTION -> nPhases(phase(base, path), value);
            case ORIENTATION -> phase(base, path).setOrientation(Orientation.get(value));
            case PHASE -> phase(base, path).setPhase(Phase2D.get(value));
            case PLACEMENT -> placement(base, path).setPlacement(Placement.get(value));
            case ARCHITECTURE -> as(Device.class, path.isEmpty() ? base : path.object(base), "a device")
                    .setArchitecture(Architecture.get(value));
        }
    }

    private static void attribute(ModelPath.End end, String value) {
        if (!(end.feature() instanceof EAttribute attribute) || attribute.isMany()) {
            throw new IllegalArgumentException(end.feature().getName() + " is not a single-valued attribute");
        }
        end.owner().eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), value));
    }

    @SuppressWarnings("unchecked")
    private void material(NamedElement base, ModelPath path, String name) {
        ModelPath.End end = path.isEmpty()
                ? new ModelPath.End(Phases.first(base), org.heterostack.model.HeterostackPackage.Literals
                        .PEROVSKITE2_D__SPACERS)
                : path.end(base);
        if (!(end.feature() instanceof EReference reference) || reference.isContainment()
                || !Material.class.isAssignableFrom(reference.getEReferenceType().getInstanceClass())) {
            throw new IllegalArgumentException(end.feature().getName() + " does not refer to a material");
        }
        Material material = find(base, name);
        if (!reference.getEReferenceType().isInstance(material)) {
            throw new IllegalArgumentException("'" + name + "' is a " + material.eClass().getName() + ", "
                    + reference.getName() + " needs a " + reference.getEReferenceType().getName());
        }
        if (reference.isMany()) {
            EList<Object> list = (EList<Object>) end.owner().eGet(reference);
            list.clear();
            list.add(material);
        } else {
            end.owner().eSet(reference, material);
        }
    }

    private Material find(NamedElement base, String name) {
        HeterostackModel working = (HeterostackModel) EcoreUtil.getRootContainer(base);
        for (Material material : working.getMaterials()) {
            if (name.equals(material.getName())) {
                return material;
            }
        }
        Material found = materials.find(name).orElseThrow(() -> new IllegalArgumentException("no material named '"
                + name + "' in the file or the library"));
        // a copy, so that a later axis changing one of its values changes the candidate's copy, never the user's file
        Material copy = EcoreUtil.copy(found);
        working.getMaterials().add(copy);
        return copy;
    }

    private static Perovskite2D phase(NamedElement base, ModelPath path) {
        return path.isEmpty() ? Phases.first(base) : as(Perovskite2D.class, path.object(base), "a 2D perovskite");
    }

    private static TwoDPhasePlacement placement(NamedElement base, ModelPath path) {
        return path.isEmpty() ? Phases.firstPlacement(base)
                : as(TwoDPhasePlacement.class, path.object(base), "a 2D phase placement");
    }

    private static void nPhases(Perovskite2D phase, String distribution) {
        List<NPhaseFraction> fractions = new ArrayList<>();
        for (String pair : CanonicalValues.nDistribution(distribution).split(" ")) {
            NPhaseFraction fraction = HeterostackFactory.eINSTANCE.createNPhaseFraction();
            fraction.setN(Integer.parseInt(pair.substring(0, pair.indexOf(':'))));
            fraction.setFraction(Double.parseDouble(pair.substring(pair.indexOf(':') + 1)));
            fractions.add(fraction);
        }
        phase.getNPhases().clear();
        phase.getNPhases().addAll(fractions);
    }

    private static <T> T as(Class<T> type, EObject object, String what) {
        if (!type.isInstance(object)) {
            throw new IllegalArgumentException("the path leads to a " + object.eClass().getName() + ", not " + what);
        }
        return type.cast(object);
    }
}
