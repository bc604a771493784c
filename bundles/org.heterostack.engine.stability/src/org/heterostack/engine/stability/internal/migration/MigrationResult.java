package org.heterostack.engine.stability.internal.migration;

import java.util.List;

import org.heterostack.engine.stability.internal.common.ModelInfo;
import org.heterostack.engine.stability.internal.common.ParameterSet;
import org.heterostack.engine.stability.internal.common.Quantities;
import org.heterostack.engine.stability.internal.common.Quantity;
import org.heterostack.engine.stability.internal.common.Series;

/**
 * Result of {@link MigrationModel}.
 *
 * @param model model id, version and citations
 * @param parameters the parameters used (provenance)
 * @param quantities scalar results (keys listed in {@link MigrationModel})
 * @param penetrationDepth sqrt(D t) in nm versus time in h
 * @param retainedCappingFraction fraction of spacer still in the capping layer versus time in h
 * @param meanN Pb-weighted mean n of the remaining 2D phases versus time in h
 * @param finalDistribution n distribution at the end of the grid
 * @param assumptions printed assumptions, including every parameter value
 */
public record MigrationResult(ModelInfo model, ParameterSet parameters, List<Quantity> quantities,
        Series penetrationDepth, Series retainedCappingFraction, Series meanN, NDistribution finalDistribution,
        List<String> assumptions) {

    /** Copies the lists. */
    public MigrationResult {
        quantities = List.copyOf(quantities);
        assumptions = List.copyOf(assumptions);
    }

    /** @return the quantity with that key */
    public Quantity quantity(String key) {
        return Quantities.find(quantities, key);
    }
}
