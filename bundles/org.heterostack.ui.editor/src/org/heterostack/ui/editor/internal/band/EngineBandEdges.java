package org.heterostack.ui.editor.internal.band;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.EngineRegistryLookup;
import org.heterostack.engine.EngineSelector;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.IEngineRegistry;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Device;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.Quantity;
import org.heterostack.model.ResultStatus;
import org.heterostack.ui.internal.analysis.EnginePreferences;

/**
 * Band edges of a device's layers as the active photophysics engine places them (the user's preferred engine, else
 * the best ranked): 2D layers with their confinement-shifted edges, other layers from their affinities. Runs the
 * engine like Analyze Model does and reads its {@code cbm_*} and {@code vbm_*} quantities.
 */
public final class EngineBandEdges {

    private static final String CBM = "conduction-band minimum vs vacuum of ";
    private static final String VBM = "valence-band maximum vs vacuum of ";

    /**
     * The edges the engine gave, by the name of the stack entry (a layer's name).
     *
     * @param engine the engine's name, or null when no engine ran
     * @param ecEv   conduction-band minima by name
     * @param evEv   valence-band maxima by name
     * @param problem why there are no edges (no engine, a failed analysis), or null
     */
    public record Edges(String engine, Map<String, Double> ecEv, Map<String, Double> evEv, String problem) {
    }

    private EngineBandEdges() {
    }

    /**
     * Runs the photophysics engine on a device (in the calling thread: call it from a job).
     *
     * @param device  a private copy of the device, in a copy of its model
     * @param monitor progress and cancellation
     * @return the edges, or a problem
     */
    public static Edges compute(Device device, IProgressMonitor monitor) {
        IEngineRegistry registry = EngineRegistryLookup.registry();
        List<EngineSelector> preferred = EnginePreferences.preferredEngineId(EngineCategory.PHOTOPHYSICS)
                .map(EngineSelector::anyVersion).stream().toList();
        Optional<IAnalysisEngine> engine = registry.choose(EngineCategory.PHOTOPHYSICS, preferred);
        if (engine.isEmpty() || !engine.get().appliesTo(device)) {
            return new Edges(null, Map.of(), Map.of(), "no photophysics engine is installed for devices");
        }
        String name = engine.get().descriptor().name();
        AnalysisResult result = new AnalysisRunner(Duration.ofSeconds(30)).run(engine.get(), device, Map.of(), monitor);
        if (result.getStatus() != ResultStatus.OK) {
            String why = result.getMessages().isEmpty() ? "the analysis failed"
                    : result.getMessages().get(result.getMessages().size() - 1).getText();
            return new Edges(name, Map.of(), Map.of(), why);
        }
        Map<String, Double> ec = new HashMap<>();
        Map<String, Double> ev = new HashMap<>();
        for (Quantity q : result.getQuantities()) {
            String description = q.getDescription() == null ? "" : q.getDescription();
            if (q.getKey().startsWith("cbm_") && description.startsWith(CBM)) {
                ec.put(description.substring(CBM.length()), q.getValue());
            } else if (q.getKey().startsWith("vbm_") && description.startsWith(VBM)) {
                ev.put(description.substring(VBM.length()), q.getValue());
            }
        }
        return new Edges(name, ec, ev, null);
    }

    /**
     * The columns with the engine's edges where the engine placed a layer the model gives no (or only one) edge
     * for, and with a 2D layer's confinement-shifted edges.
     *
     * @param columns the model's columns
     * @param edges   the engine's edges
     * @return the merged columns
     */
    public static List<BandColumn> merge(List<BandColumn> columns, Edges edges) {
        return columns.stream().map(c -> {
            Double ec = edges.ecEv().get(c.name());
            Double ev = edges.evEv().get(c.name());
            boolean twoD = c.kind() == org.heterostack.ui.editor.internal.stack.SlabKind.TWO_D;
            if (ec == null || ev == null || c.isElectrode() || c.hasEdges() && !twoD) {
                return c;
            }
            return new BandColumn(c.object(), c.name(), c.kind(), ec, ev, null, edges.engine());
        }).toList();
    }
}
