package org.heterostack.engine.stability.internal.engines;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.heterostack.chem.ChemistryToolkit;
import org.heterostack.chem.InvalidStructureException;
import org.heterostack.chem.MolecularDescriptors;
import org.heterostack.engine.stability.internal.ageing.AgeingParameters;
import org.heterostack.engine.stability.internal.common.Parameter;
import org.heterostack.engine.stability.internal.common.ParameterSet;

/**
 * The ageing parameters with the logP reference on the chemistry toolkit's scale. The numerics' default
 * {@code ageing.moisture.logp_reference} is the experimental logP of phenethylamine (1.41); the engine feeds
 * spacer logP computed by the toolkit, so the reference becomes the toolkit's logP of phenethylamine, computed
 * here from its structure (numerics README, "Input conventions"): only differences from PEA then matter.
 */
final class AgeingDefaults {

    /** Phenethylammonium, the cation whose neutral base (phenethylamine) defines the logP reference. */
    static final String PHENETHYLAMMONIUM_SMILES = "[NH3+]CCc1ccccc1";

    private AgeingDefaults() {
    }

    /**
     * @param toolkit the chemistry toolkit the engine uses for spacer logP
     * @return {@link AgeingParameters#allDefaults()} with the logP reference replaced by the toolkit's value
     * @throws IllegalStateException if the toolkit cannot read phenethylammonium (a broken toolkit)
     */
    static ParameterSet of(ChemistryToolkit toolkit) {
        MolecularDescriptors pea;
        try {
            pea = toolkit.describe(PHENETHYLAMMONIUM_SMILES);
        } catch (InvalidStructureException e) {
            throw new IllegalStateException("the chemistry toolkit " + toolkit.name() + " cannot read "
                    + PHENETHYLAMMONIUM_SMILES + ": " + e.getMessage(), e);
        }
        List<Parameter> parameters = new ArrayList<>();
        for (Parameter p : AgeingParameters.allDefaults().all()) {
            if (p.name().equals(AgeingParameters.LOGP_REFERENCE)) {
                parameters.add(Parameter.ofDefault(p.name(), pea.logP(), p.unit(),
                        String.format(Locale.ROOT, "%s of phenethylamine computed by the chemistry toolkit (%s) from "
                                + "%s, on the same scale as the spacer logP (experimental value 1.41, Hansch, Leo, "
                                + "Hoekman, Exploring QSAR, ACS 1995)", pea.logPMethod(), toolkit.name(),
                                PHENETHYLAMMONIUM_SMILES),
                        "logP at which the hydrophobic protection factor is 1 (a PEA-like cap); spacer logP values "
                                + "come from the same toolkit, so only differences from phenethylamine matter.",
                        p.uncertainty()));
            } else {
                parameters.add(p);
            }
        }
        return ParameterSet.of(parameters);
    }
}
