package org.heterostack.study;

import java.util.Map;
import java.util.TreeMap;

import org.heterostack.engine.EngineDescriptor;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.study.internal.ModelPath;
import org.heterostack.study.internal.Sha256;

/**
 * An engine a study runs, resolved from its pin: the installed engine, its effective settings (the pin's values
 * over the engine's defaults) and the path from the base object to what it analyses.
 *
 * @param engine     the installed engine
 * @param settings   the effective settings, by name
 * @param targetPath the path to the analysed object (empty: the base object)
 */
public record PlannedEngine(IAnalysisEngine engine, Map<String, String> settings, String targetPath) {

    /** Copies the settings in name order. */
    public PlannedEngine {
        settings = java.util.Collections.unmodifiableMap(new TreeMap<>(settings));
        targetPath = targetPath == null ? "" : targetPath.strip();
        ModelPath.parse(targetPath);
    }

    /** @return the engine's descriptor */
    public EngineDescriptor descriptor() {
        return engine.descriptor();
    }

    /**
     * The key of this engine's evaluation of a candidate: a hash of the candidate id, the engine id, version and
     * declared cache version, the analysed path and the effective settings. Equal keys mean equal inputs, so the
     * stored result may be reused (when the engine is deterministic).
     *
     * @param candidateId the candidate's id
     * @return 64 hexadecimal digits
     */
    public String evaluationKey(String candidateId) {
        EngineDescriptor descriptor = descriptor();
        Sha256 hash = new Sha256().line("heterostack evaluation 1").line("candidate " + candidateId)
                .line("engine " + descriptor.id()).line("version " + descriptor.version())
                .line("cache " + descriptor.cacheVersion()).line("target " + targetPath);
        settings.forEach((key, value) -> hash.line("setting " + key + "=" + value));
        return hash.hex();
    }
}
