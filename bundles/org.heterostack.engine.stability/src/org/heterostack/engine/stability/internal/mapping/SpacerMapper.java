package org.heterostack.engine.stability.internal.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.heterostack.chem.ChemistryToolkit;
import org.heterostack.chem.InvalidStructureException;
import org.heterostack.chem.MolecularDescriptors;
import org.heterostack.engine.EngineException;
import org.heterostack.engine.stability.internal.common.SpacerClass;
import org.heterostack.engine.stability.internal.common.SpacerDescriptor;
import org.heterostack.engine.stability.internal.common.StabilityException;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.TailClass;

/**
 * Maps an {@link OrganicCation} of the model to the {@link SpacerDescriptor} of the stability numerics. Each model
 * reads only part of the descriptor (spacer chemistry: pKa; migration: tail class and cross-link state; ageing:
 * all of it), so the mapper asks the model object only for what the engine needs and fills the parts the model
 * provably does not read with fixed neutral values ({@link #UNREAD_PKA}, {@link #UNREAD_LOGP}): a missing
 * attribute the engine does not use never fails an analysis.
 */
public final class SpacerMapper {

    /** pKa put into descriptors for models that do not read it (migration). */
    static final double UNREAD_PKA = 7.0;
    /** logP put into descriptors for models that do not read it (spacer chemistry, migration). */
    static final double UNREAD_LOGP = 0.0;

    /** What a model reads from the spacer. */
    public enum Needs {
        /** pKa only (spacer chemistry). */
        PKA,
        /** Tail class and cross-link state only (migration). */
        MIGRATION,
        /** Everything: pKa, class, cross-link state, logP and fluorine count from the toolkit (ageing). */
        ALL
    }

    /**
     * A mapped spacer and the assumptions the mapping made.
     *
     * @param descriptor the numerics input
     * @param notes      assumptions in words (e.g. how a tail class was classified), for INFO messages
     */
    public record Mapped(SpacerDescriptor descriptor, List<String> notes) {
    }

    private SpacerMapper() {
    }

    /** @return the abbreviation of the cation if it has one, otherwise its name */
    public static String label(OrganicCation cation) {
        String abbreviation = cation.getAbbreviation();
        return abbreviation == null || abbreviation.isBlank() ? cation.getName() : abbreviation;
    }

    /**
     * @param cation       the spacer
     * @param needs        what the model reads
     * @param crossLinked  whether a cross-linkable spacer is taken as cross-linked in the film
     * @param toolkit      the chemistry toolkit (used for {@link Needs#ALL} only; may be null otherwise)
     * @return the descriptor and its notes
     * @throws EngineException naming the cation and the attribute when a value the model needs is missing
     */
    public static Mapped map(OrganicCation cation, Needs needs, boolean crossLinked, ChemistryToolkit toolkit)
            throws EngineException {
        List<String> notes = new ArrayList<>();
        double pKa = needs == Needs.MIGRATION ? UNREAD_PKA : pKa(cation);
        SpacerClass spacerClass = needs == Needs.PKA ? SpacerClass.ALKYL : spacerClass(cation, notes);
        boolean linked = needs != Needs.PKA && crossLinked && cation.isCrossLinkable();
        if (needs != Needs.PKA && cation.isCrossLinkable()) {
            notes.add("spacer " + label(cation) + " is cross-linkable" + (cation.getCrossLinkableGroup() == null ? ""
                    : " (" + cation.getCrossLinkableGroup() + ")") + " and is taken as "
                    + (linked ? "cross-linked in the film" : "not cross-linked (setting assume_cross_linked = false)"));
        }
        double logP = UNREAD_LOGP;
        int fluorines = 0;
        if (needs == Needs.ALL) {
            MolecularDescriptors descriptors = describe(cation, toolkit);
            logP = descriptors.logP();
            fluorines = descriptors.fluorineAtoms();
            notes.add(String.format(Locale.ROOT, "spacer %s: logP %.3f (%s, %s), %d fluorine atom(s) from SMILES %s",
                    label(cation), logP, descriptors.logPMethod(), toolkit.name(), fluorines, cation.getSmiles()));
        }
        try {
            return new Mapped(new SpacerDescriptor(label(cation), pKa, logP, fluorines, spacerClass, linked),
                    List.copyOf(notes));
        } catch (StabilityException e) {
            throw new EngineException("Organic cation '" + cation.getName() + "': " + e.getMessage(), e);
        }
    }

    private static double pKa(OrganicCation cation) throws EngineException {
        Double pKa = cation.getPKa();
        if (pKa == null) {
            throw new EngineException("Organic cation '" + cation.getName() + "' has no pKa (attribute pKa: pKa of "
                    + "the conjugate acid in water at 25 °C, with its source in pKaSource)");
        }
        return pKa;
    }

    /**
     * Tail class of the model to the migration class of the numerics (review section 7: alkyl ammoniums stay at
     * the surface, aryl ones penetrate, bulky conjugated ones are impeded).
     */
    private static SpacerClass spacerClass(OrganicCation cation, List<String> notes) throws EngineException {
        TailClass tail = cation.getTailClass();
        if (tail == null) {
            tail = TailClass.UNSPECIFIED;
        }
        return switch (tail) {
            case ALKYL -> SpacerClass.ALKYL;
            case ARYL -> SpacerClass.ARYL;
            case HETEROARYL -> {
                notes.add("spacer " + label(cation) + ": heteroaryl tail migrates with the aryl parameters (assumed)");
                yield SpacerClass.ARYL;
            }
            case CONJUGATED_OLIGOMER -> SpacerClass.BULKY_CONJUGATED;
            case ACID_FUNCTIONAL, ETHER -> {
                notes.add("spacer " + label(cation) + ": " + tail.getLiteral().toLowerCase(Locale.ROOT)
                        + " tail (an aliphatic chain) migrates with the alkyl parameters (assumed)");
                yield SpacerClass.ALKYL;
            }
            case UNSPECIFIED, OTHER -> throw new EngineException("Organic cation '" + cation.getName()
                    + "' has tailClass " + tail.getLiteral() + "; the migration model needs ALKYL, ARYL, HETEROARYL, "
                    + "CONJUGATED_OLIGOMER, ACID_FUNCTIONAL or ETHER (attribute tailClass)");
        };
    }

    private static MolecularDescriptors describe(OrganicCation cation, ChemistryToolkit toolkit)
            throws EngineException {
        String smiles = cation.getSmiles();
        if (smiles == null || smiles.isBlank()) {
            throw new EngineException("Organic cation '" + cation.getName() + "' has no smiles (attribute smiles): "
                    + "logP and fluorine count come from its structure");
        }
        try {
            return toolkit.describe(smiles);
        } catch (InvalidStructureException e) {
            throw new EngineException("Organic cation '" + cation.getName() + "': the chemistry toolkit cannot read "
                    + "its smiles: " + e.getMessage(), e);
        }
    }
}
