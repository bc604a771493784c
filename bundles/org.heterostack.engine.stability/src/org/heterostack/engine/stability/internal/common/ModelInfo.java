package org.heterostack.engine.stability.internal.common;

import java.util.List;

/**
 * Provenance of a model: identifier, version and the publications its equations come from.
 *
 * @param id stable identifier, e.g. {@code stability.spacer-chemistry}
 * @param version model version; changes whenever results for the same input change
 * @param citations references of the implemented equations and of the defaults
 */
public record ModelInfo(String id, String version, List<String> citations) {

    /** Copies the citation list. */
    public ModelInfo {
        citations = List.copyOf(citations);
    }
}
