package org.heterostack.engine.stability.internal.ageing;

import java.util.List;

import org.heterostack.engine.stability.internal.common.ModelInfo;
import org.heterostack.engine.stability.internal.common.ParameterSet;
import org.heterostack.engine.stability.internal.common.Quantities;
import org.heterostack.engine.stability.internal.common.Quantity;
import org.heterostack.engine.stability.internal.common.Series;
import org.heterostack.engine.stability.internal.sensitivity.SensitivityReport;

/**
 * Result of {@link AgeingProjectionModel}.
 *
 * @param model model id, version and citations
 * @param parameters the parameters used (provenance)
 * @param quantities scalar results (keys listed in {@link AgeingProjectionModel})
 * @param t80Stress T80 under the stress condition
 * @param t95Stress T95 under the stress condition
 * @param t80Use T80 under the use condition, from the kinetic model
 * @param t80UseExtrapolated T80 under the use condition, from the stress T80 times the acceleration factor
 * @param accelerationFactors stress-to-use acceleration factors
 * @param dominantMode channel that removed most efficiency by T80 under stress
 * @param performance relative efficiency versus time in h under stress
 * @param sensitivity T80 (stress) sensitivity to every uncertain parameter
 * @param assumptions printed assumptions, including every parameter value
 */
public record AgeingResult(ModelInfo model, ParameterSet parameters, List<Quantity> quantities,
        LifetimeEstimate t80Stress, LifetimeEstimate t95Stress, LifetimeEstimate t80Use,
        LifetimeEstimate t80UseExtrapolated, AccelerationFactors accelerationFactors, DegradationMode dominantMode,
        Series performance, SensitivityReport sensitivity, List<String> assumptions) {

    /** Copies the lists. */
    public AgeingResult {
        quantities = List.copyOf(quantities);
        assumptions = List.copyOf(assumptions);
    }

    /** @return the quantity with that key */
    public Quantity quantity(String key) {
        return Quantities.find(quantities, key);
    }
}
