package org.heterostack.ui.editor.internal.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.heterostack.model.Device;
import org.heterostack.model.Heterostructure;
import org.heterostack.model.IlluminationSide;
import org.heterostack.model.Layer;
import org.heterostack.model.Material;
import org.heterostack.model.NamedElement;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Orientation;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Placement;
import org.heterostack.model.TwoDPhasePlacement;
import org.heterostack.ui.editor.bridge.FeatureLabels;

/**
 * What the stack canvas draws for a device or a heterostructure: its slabs from bottom to top, a title, and the side
 * light comes from.
 *
 * @param target        the device or heterostructure
 * @param title         e.g. "BA-MAPbI3-nip"
 * @param subtitle      e.g. "n-i-p solar cell"
 * @param slabs         bottom to top
 * @param lightFromTop  whether light enters from the top (else from the bottom, through the substrate)
 */
public record StackContents(NamedElement target, String title, String subtitle, List<Slab> slabs,
        boolean lightFromTop) {

    /**
     * The stack of a device (its layers) or of a heterostructure (buried 2D phases, the 3D film, top 2D phases).
     *
     * @param target a device or heterostructure
     * @return what to draw
     */
    public static StackContents of(NamedElement target) {
        return switch (target) {
            case Device device -> device(device);
            case Heterostructure structure -> heterostructure(structure);
            default -> new StackContents(target, String.valueOf(target.getName()), "", List.of(), false);
        };
    }

    private static StackContents device(Device device) {
        List<Slab> slabs = new ArrayList<>();
        for (Layer layer : device.getLayers()) {
            Material material = layer.getMaterial();
            Perovskite2D twoD = material instanceof Perovskite2D p ? p : null;
            List<Slab.PhaseMark> marks = layer.getHeterostructure() == null ? List.of()
                    : layer.getHeterostructure().getPhases().stream().filter(p -> p.getPhase() != null)
                            .map(StackContents::mark).toList();
            slabs.add(new Slab(layer, String.valueOf(layer.getName()), material == null ? "" : material.getName(),
                    layer.getThicknessNm(), SlabKind.of(layer), twoD == null ? null : describe(twoD),
                    twoD == null ? null : twoD.getOrientation(), marks));
        }
        String subtitle = (device.getArchitecture() == null ? "" : FeatureLabels.literal(device.getArchitecture()) + " ")
                + FeatureLabels.literal(device.getKind()).toLowerCase(Locale.ROOT).replace("led", "LED");
        boolean top = device.getConditions() != null
                && device.getConditions().getIlluminatedSide() == IlluminationSide.TOP;
        return new StackContents(device, String.valueOf(device.getName()), subtitle, slabs, top);
    }

    private static StackContents heterostructure(Heterostructure structure) {
        List<Slab> slabs = new ArrayList<>();
        phases(structure, Placement.BURIED_INTERFACE, slabs);
        List<Slab.PhaseMark> inside = structure.getPhases().stream().filter(p -> p.getPhase() != null
                && (p.getPlacement() == Placement.GRAIN_BOUNDARIES || p.getPlacement() == Placement.BULK_MIXED))
                .map(StackContents::mark).toList();
        String film = structure.getFilm() == null ? "no film" : structure.getFilm().getName();
        slabs.add(new Slab(structure, "3D film", film, structure.getFilmThicknessNm(), SlabKind.ABSORBER, null, null,
                inside));
        phases(structure, Placement.TOP_SURFACE, slabs);
        String route = structure.getRoute() == null ? "" : FeatureLabels.literal(structure.getRoute());
        return new StackContents(structure, String.valueOf(structure.getName()),
                "2D/3D heterostructure" + (route.isEmpty() || route.equals("Unspecified") ? "" : ", " + route.toLowerCase(Locale.ROOT)),
                slabs, true);
    }

    private static void phases(Heterostructure structure, Placement placement, List<Slab> slabs) {
        for (TwoDPhasePlacement p : structure.getPhases()) {
            if (p.getPhase() != null && p.getPlacement() == placement) {
                slabs.add(new Slab(p, p.getName() == null ? p.getPhase().getName() : p.getName(), p.getPhase().getName(),
                        p.getPhase().getThicknessNm(), SlabKind.TWO_D, describe(p.getPhase()),
                        p.getPhase().getOrientation(), List.of()));
            }
        }
    }

    private static Slab.PhaseMark mark(TwoDPhasePlacement placement) {
        Perovskite2D phase = placement.getPhase();
        return new Slab.PhaseMark(placement, placement.getPlacement(), phase.getName() + ", " + describe(phase),
                phase.getOrientation());
    }

    /**
     * A 2D perovskite in a few words: spacer, phase, n (or its distribution) and orientation.
     *
     * @param phase the 2D perovskite
     * @return e.g. "BA spacer, RP, n = 1, parallel"
     */
    public static String describe(Perovskite2D phase) {
        String spacers = phase.getSpacers().stream().map(StackContents::abbreviation).collect(Collectors.joining("/"));
        List<String> parts = new ArrayList<>();
        if (!spacers.isEmpty()) {
            parts.add(spacers + " spacer");
        }
        if (phase.getPhase() != null) {
            parts.add(phase.getPhase().getName());
        }
        parts.add(nText(phase));
        if (phase.getOrientation() != null && phase.getOrientation() != Orientation.UNKNOWN) {
            parts.add(FeatureLabels.literal(phase.getOrientation()).toLowerCase(Locale.ROOT));
        }
        return String.join(", ", parts);
    }

    private static String nText(Perovskite2D phase) {
        if (phase.getNPhases().isEmpty()) {
            return "n not set";
        }
        if (phase.getNPhases().size() == 1) {
            return "n = " + phase.getNPhases().get(0).getN();
        }
        return "n = " + phase.getNPhases().stream().map(f -> f.getN() + " (" + Math.round(f.getFraction() * 100) + " %)")
                .collect(Collectors.joining(", "));
    }

    private static String abbreviation(OrganicCation cation) {
        return cation.getAbbreviation() != null ? cation.getAbbreviation() : String.valueOf(cation.getName());
    }
}
