package org.heterostack.engine.photophysics.internal.mapping;

import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__BAND_GAP_EV;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__IONISATION_ENERGY_EV;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EAttribute;
import org.heterostack.engine.EngineException;
import org.heterostack.engine.TwoDBandEdges;
import org.heterostack.engine.photophysics.internal.alignment.Layer;
import org.heterostack.engine.photophysics.internal.common.LayerResult;
import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;
import org.heterostack.engine.photophysics.internal.common.PhotophysicsModel;
import org.heterostack.model.Device;
import org.heterostack.model.Electrode;
import org.heterostack.model.Heterostructure;
import org.heterostack.model.LayerRole;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.Placement;
import org.heterostack.model.TwoDPhasePlacement;

/**
 * Builds the vertical stack (bottom to top) whose interfaces the band alignment classifies. 2D layers take the band
 * edges the photophysics model gives their dominant n phase: on the 3D film they grow on (a heterostructure's film,
 * a device's absorber) the film's edges moved apart by the model's quasiparticle-gap widening over the film, split as
 * the model splits it ({@link TwoDBandEdges#onFilm}, the rule the drift-diffusion engine's derived 2D layers follow,
 * so band diagram and device agree); without a film with band edges, the model's bulk edges shifted by its
 * confinement shifts. Every other layer takes its electron affinity and
 * ionisation energy from the model ({@link org.heterostack.model.Layer#effectiveValue}: layer first, then its
 * material, then its heterostructure's film). Electrodes and substrates are left out; 2D
 * phases at grain boundaries or mixed in the bulk are not part of the vertical stack. A transport or other
 * non-absorber layer without band edges stays in the stack with unknown edges ({@link StackEntry#edges()} null): the
 * interfaces on either side of it are not classified, and a warning says which attribute is missing.
 */
public final class StackBuilder {

    private final PhotophysicsModel model;
    private final Consumer<String> info;
    private final Consumer<String> warning;

    /**
     * @param model   the photophysics model placing the 2D band edges
     * @param info    receives one sentence per assumption made while building the stack
     * @param warning receives one sentence per layer left with unknown band edges
     */
    public StackBuilder(PhotophysicsModel model, Consumer<String> info, Consumer<String> warning) {
        this.model = model;
        this.info = info;
        this.warning = warning;
    }

    /**
     * The stack of a target: the n phases of a 2D perovskite (ascending n), the buried 2D phases, film and top 2D
     * phases of a heterostructure, or a device's layers with their heterostructures expanded.
     *
     * @throws EngineException when a band edge is missing or the model cannot treat an n
     */
    public List<StackEntry> build(NamedElement target) throws EngineException {
        List<StackEntry> out = new ArrayList<>();
        if (target instanceof Perovskite2D p) {
            for (int n : TwoDPhases.nValues(p)) {
                out.add(new StackEntry(p.getName() + " n=" + n, "n" + n, edges(p, p.getName() + " n=" + n, n), p, false));
            }
        } else if (target instanceof Heterostructure h) {
            heterostructure(h, null, out);
        } else if (target instanceof Device device) {
            for (org.heterostack.model.Layer layer : device.getLayers()) {
                device(device, layer, out);
            }
        }
        return out;
    }

    private void device(Device device, org.heterostack.model.Layer layer, List<StackEntry> out) throws EngineException {
        Film absorberFilm = absorberFilm(device);
        if (layer.getRole() == LayerRole.SUBSTRATE || layer.getRole() == LayerRole.ELECTRODE
                || layer.getMaterial() instanceof Electrode) {
            info.accept("layer '" + layer.getName() + "' (" + layer.getRole() + ") is not part of the band alignment");
        } else if (layer.getHeterostructure() != null) {
            heterostructure(layer.getHeterostructure(), layer, out);
        } else if (layer.getMaterial() instanceof Perovskite2D p) {
            out.add(twoD(layer.getName(), p, absorberFilm));
        } else {
            String owner = "Layer '" + layer.getName() + "' of device '" + device.getName() + "'";
            boolean absorber = layer.getRole() == LayerRole.ABSORBER;
            out.add(new StackEntry(layer.getName(), Labels.key(layer.getName()),
                    edges(owner, layer.getName(), layer::effectiveValue, !absorber), null, absorber));
        }
    }

    private void heterostructure(Heterostructure h, org.heterostack.model.Layer layer, List<StackEntry> out)
            throws EngineException {
        if (h.getFilm() == null) {
            throw new EngineException(Labels.of(h) + " has no 3D film (film)");
        }
        String owner = Labels.of(h.getFilm()) + " (film of " + Labels.of(h) + ")";
        Perovskite3D film = h.getFilm();
        Function<EAttribute, Double> values = layer != null ? layer::effectiveValue : f -> (Double) film.eGet(f);
        Layer filmEdges = edges(owner, film.getName(), values, false);
        Film reference = new Film(film.getName(), filmEdges);
        for (TwoDPhasePlacement p : placed(h, Placement.BURIED_INTERFACE)) {
            out.add(twoD(name(p), p.getPhase(), reference));
        }
        out.add(new StackEntry(film.getName(), Labels.key(film.getName()), filmEdges, null, true));
        for (TwoDPhasePlacement p : placed(h, Placement.TOP_SURFACE)) {
            out.add(twoD(name(p), p.getPhase(), reference));
        }
        h.getPhases().stream().filter(p -> p.getPhase() != null && (p.getPlacement() == Placement.GRAIN_BOUNDARIES
                || p.getPlacement() == Placement.BULK_MIXED)).forEach(p -> info.accept("2D phase '" + name(p) + "' ("
                        + p.getPlacement() + ") is not part of the vertical band alignment"));
    }

    private static List<TwoDPhasePlacement> placed(Heterostructure h, Placement placement) {
        return h.getPhases().stream().filter(p -> p.getPhase() != null && p.getPlacement() == placement).toList();
    }

    private static String name(TwoDPhasePlacement placement) {
        return placement.getName() == null || placement.getName().isBlank() ? placement.getPhase().getName()
                : placement.getName();
    }

    private StackEntry twoD(String name, Perovskite2D phase, Film film) throws EngineException {
        TwoDPhases.nValues(phase);
        int n = phase.getDominantN();
        info.accept("2D layer '" + name + "' is represented by its dominant n = " + n + " phase");
        if (film == null) {
            return new StackEntry(name, Labels.key(name), edges(phase, name, n), phase, false);
        }
        LayerResult r;
        try {
            r = model.layer(n);
        } catch (PhotophysicsException e) {
            throw new EngineException(Labels.of(phase) + ": " + e.getMessage(), e);
        }
        double shifts = r.conductionShiftEv() + r.valenceShiftEv();
        double share = shifts > 0 ? r.conductionShiftEv() / shifts : 0.5;
        double widening = r.quasiparticleGapEv() - film.edges().gapEv();
        double[] edges = TwoDBandEdges.onFilm(film.edges().ecEv(), film.edges().evEv(), widening, share);
        info.accept(String.format(Locale.ROOT, "2D layer '%s' on film '%s': the film's edges moved apart by the "
                + "%.3f eV widening of the quasiparticle gap (%.3f eV over the film's %.3f eV between its band "
                + "edges), %.2f of it in the conduction band", name, film.name(), widening, r.quasiparticleGapEv(),
                film.edges().gapEv(), share));
        try {
            return new StackEntry(name, Labels.key(name), new Layer(name, edges[0], edges[1]), phase, false);
        } catch (PhotophysicsException e) {
            throw new EngineException(Labels.of(phase) + " on film '" + film.name() + "': " + e.getMessage(), e);
        }
    }

    /** The 3D film a 2D phase grows on: its name and band edges (whose difference is its transport gap). */
    private record Film(String name, Layer edges) {
    }

    /** The device's absorber as the film its 2D layers grow on, or null when it has no band edges. */
    private static Film absorberFilm(Device device) {
        org.heterostack.model.Layer absorber = device.getLayers().stream()
                .filter(l -> l.getRole() == LayerRole.ABSORBER).findFirst().orElse(null);
        if (absorber == null) {
            return null;
        }
        Double ea = absorber.effectiveValue(SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV);
        Double ie = absorber.effectiveValue(SEMICONDUCTOR_PARAMETERS__IONISATION_ENERGY_EV);
        Double gap = absorber.effectiveValue(SEMICONDUCTOR_PARAMETERS__BAND_GAP_EV);
        if (ie == null && ea != null && gap != null) {
            ie = ea + gap;
        }
        if (ea == null || ie == null || !(ie > ea)) {
            return null;
        }
        return new Film(absorber.getName(), new Layer(absorber.getName(), -ea, -ie));
    }

    private Layer edges(Perovskite2D phase, String name, int n) throws EngineException {
        try {
            return model.bandEdges(name, n);
        } catch (PhotophysicsException e) {
            throw new EngineException(Labels.of(phase) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Edges from electron affinity and ionisation energy as the model gives them (for a device layer, the
     * layer's effective values: its own, else its material's, else its heterostructure film's); an ionisation
     * energy left unset is the electron affinity plus the band gap when both are given.
     *
     * @param values   the value of a {@code SemiconductorParameters} attribute, null when not known
     * @param optional whether a missing value only costs this layer's interfaces (warning, null edges) instead of
     *                 failing the analysis; contradictory values always fail
     */
    private Layer edges(String owner, String name, Function<EAttribute, Double> values, boolean optional)
            throws EngineException {
        Double ea = values.apply(SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV);
        Double ie = values.apply(SEMICONDUCTOR_PARAMETERS__IONISATION_ENERGY_EV);
        Double gap = values.apply(SEMICONDUCTOR_PARAMETERS__BAND_GAP_EV);
        if (ie == null && ea != null && gap != null) {
            ie = ea + gap;
            info.accept(String.format(Locale.ROOT, "%s: ionisation energy %.3f eV = electronAffinityEv + bandGapEv",
                    owner, ie));
        }
        if (ea == null || ie == null) {
            String missing = owner + " has no " + (ea == null ? "electronAffinityEv" : "ionisationEnergyEv");
            if (!optional) {
                throw new EngineException(missing);
            }
            warning.accept("interfaces of layer '" + name + "' not classified: " + missing);
            return null;
        }
        if (!(ie > ea)) {
            throw new EngineException(owner + ": ionisationEnergyEv (" + ie + ") must exceed electronAffinityEv (" + ea + ")");
        }
        return new Layer(name, -ea, -ie);
    }
}
