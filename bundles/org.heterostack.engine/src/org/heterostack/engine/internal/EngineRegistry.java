package org.heterostack.engine.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.heterostack.engine.EngineSelector;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.IEngineRegistry;
import org.heterostack.model.EngineCategory;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The {@link IEngineRegistry} service: follows every {@link IAnalysisEngine} service as it comes and goes. */
@Component(service = IEngineRegistry.class)
public class EngineRegistry implements IEngineRegistry {

    private final Map<IAnalysisEngine, Integer> rankings = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    private final Comparator<IAnalysisEngine> bestFirst = Comparator
            .comparing((IAnalysisEngine e) -> e.descriptor().category())
            .thenComparing((IAnalysisEngine e) -> rankings.getOrDefault(e, 0), Comparator.reverseOrder())
            .thenComparing((IAnalysisEngine e) -> Version.parseVersion(e.descriptor().version()), Comparator.reverseOrder())
            .thenComparing(e -> e.descriptor().id());

    /**
     * @param engine     an engine service that appeared
     * @param properties its service properties ({@code service.ranking})
     */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addEngine(IAnalysisEngine engine, Map<String, Object> properties) {
        rankings.put(engine, properties.get(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0);
        listeners.forEach(Runnable::run);
    }

    /** @param engine an engine service that went away */
    public void removeEngine(IAnalysisEngine engine) {
        rankings.remove(engine);
        listeners.forEach(Runnable::run);
    }

    @Override
    public List<IAnalysisEngine> engines() {
        List<IAnalysisEngine> engines = new ArrayList<>(rankings.keySet());
        engines.sort(bestFirst);
        return engines;
    }

    @Override
    public List<IAnalysisEngine> engines(EngineCategory category) {
        return engines().stream().filter(e -> e.descriptor().category() == category).toList();
    }

    @Override
    public Optional<IAnalysisEngine> find(EngineSelector selector) {
        return engines().stream().filter(e -> selector.matches(e.descriptor())).findFirst();
    }

    @Override
    public Optional<IAnalysisEngine> choose(EngineCategory category, List<EngineSelector> selectors) {
        List<IAnalysisEngine> candidates = engines(category);
        for (EngineSelector selector : selectors) {
            Optional<IAnalysisEngine> match = candidates.stream().filter(e -> selector.matches(e.descriptor())).findFirst();
            if (match.isPresent()) {
                return match;
            }
        }
        return candidates.stream().findFirst();
    }

    @Override
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }
}
