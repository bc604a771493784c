package org.heterostack.engine;

import java.util.Objects;

import org.heterostack.model.NamedElement;

/**
 * What an engine is asked to analyse.
 *
 * @param target   the model object (the engine receives a private copy)
 * @param settings the effective settings: the user's values over the engine's defaults
 */
public record AnalysisRequest(NamedElement target, EngineSettings settings) {

    /** Checks both parts are present. */
    public AnalysisRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(settings, "settings");
    }
}
