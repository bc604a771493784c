package org.heterostack.ui.internal.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.heterostack.model.AnalysisResult;
import org.heterostack.model.ResultStatus;

/**
 * The results of one "Analyze Model" run.
 *
 * @param file     the model file, as shown to the user (workspace path)
 * @param finished when the run ended
 * @param results  the results, in the order they ran
 * @param engineNames the display name of every engine that ran, by engine id
 */
public record AnalysisRecord(String file, Instant finished, List<AnalysisResult> results,
        Map<String, String> engineNames) {

    /** Copies the result list and the names. */
    public AnalysisRecord {
        results = List.copyOf(results);
        engineNames = Map.copyOf(engineNames);
    }

    /**
     * @param result one of the results
     * @return the name of the engine that produced it (its id when the name is not known)
     */
    public String engineName(AnalysisResult result) {
        return engineNames.getOrDefault(result.getEngineId(), result.getEngineId());
    }

    /** @return how many analyses failed */
    public long failures() {
        return results.stream().filter(r -> r.getStatus() != ResultStatus.OK).count();
    }
}
