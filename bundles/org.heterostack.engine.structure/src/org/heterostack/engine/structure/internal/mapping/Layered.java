package org.heterostack.engine.structure.internal.mapping;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.heterostack.engine.EngineException;
import org.heterostack.engine.structure.internal.StructureException;
import org.heterostack.engine.structure.internal.layered.LayeredPhase;
import org.heterostack.engine.structure.internal.layered.Spacer;
import org.heterostack.engine.structure.internal.stacking.OrganicGap;
import org.heterostack.model.NPhaseFraction;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Phase2D;
import org.heterostack.model.validation.HeterostackValidator;

/** Maps a model 2D perovskite to the layered-structure numerics: spacer, n values and organic gap. */
public final class Layered {

    private Layered() {
    }

    /**
     * The first spacer of a 2D perovskite as the phase rule sees it.
     *
     * @throws EngineException when the perovskite has no spacer or the spacer no usable charge
     */
    public static Spacer spacer(Perovskite2D perovskite) throws EngineException {
        if (perovskite.getSpacers().isEmpty()) {
            throw new EngineException(Labels.of(perovskite) + " has no spacer (spacers)");
        }
        OrganicCation cation = perovskite.getSpacers().get(0);
        if (cation.getCharge() == null) {
            throw new EngineException(Labels.of(cation) + " has no charge");
        }
        try {
            return new Spacer(abbreviation(cation), cation.getCharge(), cation.getExpectedPhase() == Phase2D.ACI);
        } catch (StructureException e) {
            throw new EngineException(Labels.of(cation) + ": " + e.getMessage(), e);
        }
    }

    /** Abbreviation, or the name when there is none. */
    public static String abbreviation(OrganicCation cation) {
        String a = cation.getAbbreviation();
        return a == null || a.isBlank() ? cation.getName() : a;
    }

    /**
     * The n values of the distribution, ascending.
     *
     * @throws EngineException when none is given or one is below 1
     */
    public static List<Integer> nValues(Perovskite2D perovskite) throws EngineException {
        if (perovskite.getNPhases().isEmpty()) {
            throw new EngineException(Labels.of(perovskite) + " has no n phases (nPhases)");
        }
        TreeSet<Integer> ns = new TreeSet<>();
        for (NPhaseFraction phase : perovskite.getNPhases()) {
            if (phase.getN() < 1 || phase.getN() > HeterostackValidator.MAX_N) {
                throw new EngineException(Labels.of(perovskite) + " has an n phase with n = " + phase.getN()
                        + "; n must be within 1.." + HeterostackValidator.MAX_N);
            }
            ns.add(phase.getN());
        }
        return List.copyOf(ns);
    }

    /**
     * The organic gap, from the best information available: the measured interlayer spacing of the dominant n
     * phase, else the calibrated BA or PEA bilayer, else the spacer's molecular length; empty when none of these
     * is available.
     *
     * @throws EngineException when a value is unphysical
     */
    public static Optional<OrganicGap> gap(Perovskite2D perovskite, LayeredPhase phase, double aOctA) throws EngineException {
        OrganicCation cation = perovskite.getSpacers().get(0);
        try {
            if (perovskite.getInterlayerSpacingAngstrom() != null) {
                int n = perovskite.getDominantN();
                double d = perovskite.getInterlayerSpacingAngstrom();
                return Optional.of(new OrganicGap(d - n * aOctA, "measured interlayer spacing " + d + " Å of the n = " + n
                        + " phase of " + Labels.of(perovskite) + " minus " + n + " x " + aOctA + " Å"));
            }
            String abbreviation = abbreviation(cation);
            if (phase == LayeredPhase.RUDDLESDEN_POPPER && "BA".equals(abbreviation)) {
                return Optional.of(OrganicGap.butylammonium());
            }
            if (phase == LayeredPhase.RUDDLESDEN_POPPER && "PEA".equals(abbreviation)) {
                return Optional.of(OrganicGap.phenethylammonium());
            }
            if (cation.getLengthAngstrom() != null) {
                return Optional.of(OrganicGap.fromLigandLength(cation.getLengthAngstrom(), phase));
            }
        } catch (StructureException e) {
            throw new EngineException(Labels.of(perovskite) + ": " + e.getMessage(), e);
        }
        return Optional.empty();
    }
}
