package org.heterostack.engine;

import java.util.List;
import java.util.Optional;

import org.heterostack.model.EngineCategory;

/**
 * The engines installed right now. Engines appear and disappear while the application runs (a plug-in
 * installed or removed); callers ask each time rather than keep lists. Available as an OSGi service.
 * <p>
 * An engine is made (its bundle started, its component activated) only when a method returns it: {@link #find} and
 * {@link #choose} make the one engine they return, {@link #engines(EngineCategory)} those of the category. Ranking
 * and choosing read the engines' service properties ({@link EngineProperties}); an engine without them is made to
 * read its descriptor.
 */
public interface IEngineRegistry {

    /** @return every installed engine, by category, then best ranked first */
    List<IAnalysisEngine> engines();

    /**
     * @param category a category
     * @return its engines, best ranked first
     */
    List<IAnalysisEngine> engines(EngineCategory category);

    /**
     * @param selector an engine id and optional version range
     * @return the best ranked engine it matches, if one is installed
     */
    Optional<IAnalysisEngine> find(EngineSelector selector);

    /**
     * Chooses the engine for a category: the first selector that matches an installed engine wins (pass the
     * study's pin before the user's preference), otherwise the highest service ranking, then the highest
     * version.
     *
     * @param category  the category
     * @param selectors pinned or preferred engines, most binding first; may be empty
     * @return the chosen engine, or empty if the category has none installed
     */
    Optional<IAnalysisEngine> choose(EngineCategory category, List<EngineSelector> selectors);

    /**
     * @param listener told when an engine comes or goes (on the thread that installed or removed it)
     */
    void addListener(Runnable listener);

    /** @param listener a listener added before */
    void removeListener(Runnable listener);
}
