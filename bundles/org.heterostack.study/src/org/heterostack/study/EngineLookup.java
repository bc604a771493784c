package org.heterostack.study;

import java.util.Optional;

import org.heterostack.engine.EngineSelector;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.IEngineRegistry;

/** Finds the installed engine a study pins; {@link IEngineRegistry#find(EngineSelector)} is one. */
@FunctionalInterface
public interface EngineLookup {

    /**
     * @param selector an engine id and optional version range
     * @return the best installed engine it matches, if any
     */
    Optional<IAnalysisEngine> find(EngineSelector selector);

    /**
     * @param registry the engine registry
     * @return a lookup in it
     */
    static EngineLookup of(IEngineRegistry registry) {
        return registry::find;
    }
}
