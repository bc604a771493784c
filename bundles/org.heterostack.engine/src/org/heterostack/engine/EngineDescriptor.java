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
 * @param cacheVersion     (since 0.4) changes whenever the engine's results for the same input and settings change without a
 *                         change of {@link #version} (a fixed bug, a new table); a study's result cache keys on it
 *                         (empty when the version alone identifies the results)
 * @param deterministic    (since 0.4) whether the same input and settings always give the same result; a study never reuses
 *                         the cached results of an engine that is not (e.g. a Monte Carlo engine)
 */
public record EngineDescriptor(String id, String name, String version, EngineCategory category, String provider,
        List<String> citations, String modelDescription, String validityRange, String cacheVersion,
        boolean deterministic) {

    /**
     * A deterministic engine whose version alone identifies its results.
     *
     * @param id               stable identifier
     * @param name             human-readable name
     * @param version          engine version
     * @param category         structure, photophysics, stability or device
     * @param provider         who provides the engine
     * @param citations        the publications the model implements
     * @param modelDescription the model and its assumptions
     * @param validityRange    where the model may be trusted
     */
    public EngineDescriptor(String id, String name, String version, EngineCategory category, String provider,
            List<String> citations, String modelDescription, String validityRange) {
        this(id, name, version, category, provider, citations, modelDescription, validityRange, "", true);
    }

    /**
     * This descriptor with another cache version and determinism.
     *
     * @param newCacheVersion see {@link #cacheVersion()}
     * @param isDeterministic see {@link #deterministic()}
     * @return the changed copy
     * @since 0.4
     */
    public EngineDescriptor withCaching(String newCacheVersion, boolean isDeterministic) {
        return new EngineDescriptor(id, name, version, category, provider, citations, modelDescription, validityRange,
                newCacheVersion, isDeterministic);
    }

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
        cacheVersion = cacheVersion == null ? "" : cacheVersion;
    }
}
