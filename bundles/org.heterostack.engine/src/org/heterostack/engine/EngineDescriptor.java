package org.heterostack.engine;

import java.util.List;
import java.util.Objects;

import org.heterostack.model.EngineCategory;

/**
 * Who an engine is and what it claims.
 *
 * @param id               stable identifier, e.g. {@code org.heterostack.engine.structure.tolerance}
 * @param name             human-readable name
 * @param version          engine version (OSGi syntax, e.g. {@code 1.0.0}); results record it
 * @param category         structure, photophysics, stability or device
 * @param provider         who provides the engine
 * @param citations        the publications the model implements
 * @param modelDescription the model and its assumptions, in a few sentences
 * @param validityRange    where the model may be trusted
 */
public record EngineDescriptor(String id, String name, String version, EngineCategory category, String provider,
        List<String> citations, String modelDescription, String validityRange) {

    /** Checks the descriptor is complete and copies the citations. */
    public EngineDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(provider, "provider");
        citations = List.copyOf(citations);
        Objects.requireNonNull(modelDescription, "modelDescription");
        Objects.requireNonNull(validityRange, "validityRange");
    }
}
