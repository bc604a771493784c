package org.heterostack.engine.stability.internal.spacerchemistry;

import java.util.List;

import org.heterostack.engine.stability.internal.common.ModelInfo;
import org.heterostack.engine.stability.internal.common.ParameterSet;
import org.heterostack.engine.stability.internal.common.Quantities;
import org.heterostack.engine.stability.internal.common.Quantity;
import org.heterostack.engine.stability.internal.common.Series;

/**
 * Result of {@link SpacerChemistryModel}.
 *
 * @param model model id, version and citations
 * @param parameters the parameters used (provenance)
 * @param quantities scalar results with keys and units (see {@link SpacerChemistryModel} for the key list)
 * @param reactedFraction reacted fraction of the spacer versus time in hours
 * @param dominantRisk the factor dominating the reaction
 * @param riskText the dominant risk in words
 * @param assumptions printed assumptions, including every parameter value
 */
public record SpacerChemistryResult(ModelInfo model, ParameterSet parameters, List<Quantity> quantities,
        Series reactedFraction, ReactivityRisk dominantRisk, String riskText, List<String> assumptions) {

    /** Copies the lists. */
    public SpacerChemistryResult {
        quantities = List.copyOf(quantities);
        assumptions = List.copyOf(assumptions);
    }

    /** @return the quantity with that key */
    public Quantity quantity(String key) {
        return Quantities.find(quantities, key);
    }
}
