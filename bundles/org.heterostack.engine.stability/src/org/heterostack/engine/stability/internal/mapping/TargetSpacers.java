package org.heterostack.engine.stability.internal.mapping;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.heterostack.model.Device;
import org.heterostack.model.Heterostructure;
import org.heterostack.model.Layer;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.TwoDPhasePlacement;

/**
 * Finds the spacers and 2D phases of a model object: an organic cation is its own spacer; a 2D phase has its
 * spacers; a heterostructure has the spacers of its placed 2D phases; a device has those of the heterostructures
 * and 2D materials of its layers. Every list is in model order without duplicates, so results are reproducible.
 */
public final class TargetSpacers {

    private TargetSpacers() {
    }

    /**
     * @param target a model object
     * @return every distinct spacer cation it contains (the cation itself for an {@link OrganicCation})
     */
    public static List<OrganicCation> spacers(Object target) {
        if (target instanceof OrganicCation cation) {
            return List.of(cation);
        }
        Set<OrganicCation> spacers = new LinkedHashSet<>();
        cappedSpacers(target).forEach(site -> spacers.add(site.spacer()));
        return List.copyOf(spacers);
    }

    /**
     * @param target a 2D phase, heterostructure or device
     * @return every (spacer, 2D phase) pair it contains; empty for other objects
     */
    public static List<CappedSpacer> cappedSpacers(Object target) {
        List<CappedSpacer> sites = new ArrayList<>();
        Set<Perovskite2D> seen = new LinkedHashSet<>();
        collect(target, null, sites, seen);
        return List.copyOf(sites);
    }

    private static void collect(Object target, Layer layer, List<CappedSpacer> sites, Set<Perovskite2D> seen) {
        if (target instanceof Perovskite2D phase) {
            if (seen.add(phase)) {
                phase.getSpacers().stream().distinct().forEach(spacer -> sites.add(new CappedSpacer(spacer, phase, layer)));
            }
        } else if (target instanceof Heterostructure heterostructure) {
            for (TwoDPhasePlacement placement : heterostructure.getPhases()) {
                if (placement.getPhase() != null) {
                    collect(placement.getPhase(), layer, sites, seen);
                }
            }
        } else if (target instanceof Device device) {
            for (Layer deviceLayer : device.getLayers()) {
                if (deviceLayer.getHeterostructure() != null) {
                    collect(deviceLayer.getHeterostructure(), null, sites, seen);
                }
                if (deviceLayer.getMaterial() instanceof Perovskite2D phase) {
                    collect(phase, deviceLayer, sites, seen);
                }
            }
        }
    }

    /**
     * @param target a heterostructure or device
     * @return the placements of its 2D phases (for validity warnings about where a phase sits)
     */
    public static List<TwoDPhasePlacement> placements(Object target) {
        List<TwoDPhasePlacement> placements = new ArrayList<>();
        if (target instanceof Heterostructure heterostructure) {
            placements.addAll(heterostructure.getPhases());
        } else if (target instanceof Device device) {
            device.getLayers().stream().map(Layer::getHeterostructure).filter(h -> h != null).distinct()
                    .forEach(h -> placements.addAll(h.getPhases()));
        }
        return placements;
    }
}
