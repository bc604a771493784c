package org.heterostack.engine.stability.internal.mapping;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.heterostack.engine.EngineException;
import org.heterostack.engine.stability.internal.common.StabilityException;
import org.heterostack.engine.stability.internal.migration.CappingLayer;
import org.heterostack.engine.stability.internal.migration.NDistribution;
import org.heterostack.model.Layer;
import org.heterostack.model.NPhaseFraction;
import org.heterostack.model.Perovskite2D;

/**
 * Maps a 2D phase of the model to the {@link CappingLayer} of the migration numerics: its thickness
 * (in a device the effective thickness of the layer it forms, else its own {@code thicknessNm}) and its n distribution ({@code nPhases},
 * read as fractions of the phase's lead; fractions that do not sum to 1 are normalised with a note).
 */
public final class CappingLayerMapper {

    private static final double SUM_TOLERANCE = 0.01;

    /**
     * A mapped capping layer and the assumptions the mapping made.
     *
     * @param cappingLayer the numerics input
     * @param notes        assumptions in words, for INFO messages
     */
    public record Mapped(CappingLayer cappingLayer, List<String> notes) {
    }

    private CappingLayerMapper() {
    }

    /**
     * @param site the spacer and its 2D phase
     * @param nMax highest n the migration model counts as 2D
     * @return the capping layer
     * @throws EngineException naming the 2D phase and the attribute when thickness or n distribution are missing
     *                         or outside the model's range
     */
    public static Mapped map(CappedSpacer site, int nMax) throws EngineException {
        Perovskite2D phase = site.phase();
        List<String> notes = new ArrayList<>();
        double thicknessNm = thicknessNm(site, notes);
        NDistribution distribution = distribution(phase, nMax, notes);
        try {
            return new Mapped(new CappingLayer(thicknessNm * 1e-9, distribution), List.copyOf(notes));
        } catch (StabilityException e) {
            throw new EngineException("2D phase '" + phase.getName() + "': " + e.getMessage(), e);
        }
    }

    /**
     * The capping layer's thickness: in a device the layer's effective thickness (its own, else its 2D material's,
     * {@link Layer#effectiveThicknessNm()}), elsewhere the 2D phase's own.
     */
    private static double thicknessNm(CappedSpacer site, List<String> notes) throws EngineException {
        Perovskite2D phase = site.phase();
        Layer layer = site.layer();
        Double thickness = layer == null ? phase.getThicknessNm() : layer.effectiveThicknessNm();
        if (thickness == null) {
            throw new EngineException("2D phase '" + phase.getName() + "' has no thicknessNm (thickness of the 2D "
                    + "capping layer" + (layer == null ? ")" : "; device layer '" + layer.getName() + "' has none either)"));
        }
        if (layer != null && layer.getThicknessNm() != null) {
            notes.add("2D phase '" + phase.getName() + "': the thickness of device layer '" + layer.getName() + "' ("
                    + thickness + " nm) is used");
        }
        return thickness;
    }

    private static NDistribution distribution(Perovskite2D phase, int nMax, List<String> notes) throws EngineException {
        if (phase.getNPhases().isEmpty()) {
            throw new EngineException("2D phase '" + phase.getName() + "' has no nPhases (its n distribution)");
        }
        int highest = 0;
        double sum = 0;
        for (NPhaseFraction entry : phase.getNPhases()) {
            if (entry.getN() < 1 || entry.getN() > nMax) {
                throw new EngineException("2D phase '" + phase.getName() + "' has an n phase n = " + entry.getN()
                        + " outside 1.." + nMax + " (migration.n_max_2d)");
            }
            if (!(entry.getFraction() >= 0) || !Double.isFinite(entry.getFraction())) {
                throw new EngineException("2D phase '" + phase.getName() + "' has a negative or undefined fraction "
                        + entry.getFraction() + " for n = " + entry.getN() + " (nPhases)");
            }
            highest = Math.max(highest, entry.getN());
            sum += entry.getFraction();
        }
        if (!(sum > 0)) {
            throw new EngineException("2D phase '" + phase.getName() + "' has n phase fractions summing to 0 (nPhases)");
        }
        List<Double> byN = new ArrayList<>(Collections.nCopies(highest, 0.0));
        for (NPhaseFraction entry : phase.getNPhases()) {
            byN.set(entry.getN() - 1, byN.get(entry.getN() - 1) + entry.getFraction() / sum);
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            notes.add(String.format(Locale.ROOT, "2D phase '%s': n phase fractions sum to %.3f and were normalised to 1",
                    phase.getName(), sum));
        }
        notes.add("2D phase '" + phase.getName() + "': nPhases fractions are read as fractions of its lead");
        return new NDistribution(byN, 0.0);
    }
}
