package org.heterostack.engine.photophysics.internal.mapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.heterostack.engine.EngineException;
import org.heterostack.model.Device;
import org.heterostack.model.Heterostructure;
import org.heterostack.model.NPhaseFraction;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.TwoDPhasePlacement;
import org.heterostack.model.validation.HeterostackValidator;

/** Finds the 2D perovskites of an analysis target and the placements that carry interface descriptors. */
public final class TwoDPhases {

    private TwoDPhases() {
    }

    /** The 2D perovskites of a 2D perovskite, heterostructure or device, in stack order, without repeats. */
    public static List<Perovskite2D> of(NamedElement target) {
        Set<Perovskite2D> out = new LinkedHashSet<>();
        if (target instanceof Perovskite2D p) {
            out.add(p);
        }
        placements(target).forEach(placement -> out.add(placement.getPhase()));
        if (target instanceof Device device) {
            device.getLayers().stream().filter(l -> l.getMaterial() instanceof Perovskite2D)
                    .forEach(l -> out.add((Perovskite2D) l.getMaterial()));
        }
        return List.copyOf(out);
    }

    /** The 2D placements of a heterostructure, or of every heterostructure of a device's layers. */
    public static List<TwoDPhasePlacement> placements(NamedElement target) {
        List<TwoDPhasePlacement> out = new ArrayList<>();
        if (target instanceof Heterostructure h) {
            h.getPhases().stream().filter(p -> p.getPhase() != null).forEach(out::add);
        } else if (target instanceof Device device) {
            device.getLayers().stream().filter(l -> l.getHeterostructure() != null)
                    .forEach(l -> out.addAll(placements(l.getHeterostructure())));
        }
        return out;
    }

    /**
     * The n values of a 2D perovskite, ascending.
     *
     * @throws EngineException when it has none or one below 1
     */
    public static List<Integer> nValues(Perovskite2D phase) throws EngineException {
        if (phase.getNPhases().isEmpty()) {
            throw new EngineException(Labels.of(phase) + " has no n phases (nPhases)");
        }
        Set<Integer> ns = new java.util.TreeSet<>();
        for (NPhaseFraction f : phase.getNPhases()) {
            if (f.getN() < 1 || f.getN() > HeterostackValidator.MAX_N) {
                throw new EngineException(Labels.of(phase) + " has an n phase with n = " + f.getN()
                        + "; n must be within 1.." + HeterostackValidator.MAX_N);
            }
            ns.add(f.getN());
        }
        return List.copyOf(ns);
    }
}
