package org.heterostack.engine;

import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * A model value one engine derived and offers to the runs of other engines (engine chaining): the attribute of a
 * model object, its value, and where it came from.
 *
 * @param owner         the model object (in the target the supplier analysed) whose attribute is supplied
 * @param attribute     the attribute, e.g. {@code SemiconductorParameters.electronAffinityEv}
 * @param value         the value in the attribute's unit
 * @param engineId      the supplying engine's id
 * @param engineVersion the supplying engine's version
 * @param resultKey     the key of the quantity in the supplier's result the value comes from
 * @since 0.5
 */
public record SuppliedValue(EObject owner, EAttribute attribute, double value, String engineId, String engineVersion,
        String resultKey) {

    /** Requires every part and a finite value. */
    public SuppliedValue {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(engineId, "engineId");
        Objects.requireNonNull(engineVersion, "engineVersion");
        Objects.requireNonNull(resultKey, "resultKey");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("supplied " + attribute.getName() + " is not finite: " + value);
        }
    }
}
