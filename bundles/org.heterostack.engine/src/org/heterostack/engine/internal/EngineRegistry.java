package org.heterostack.engine.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.heterostack.engine.EngineProperties;
import org.heterostack.engine.EngineSelector;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.IEngineRegistry;
import org.heterostack.model.EngineCategory;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The {@link IEngineRegistry} service: follows every {@link IAnalysisEngine} service as it comes and goes, and makes
 * an engine only when a caller gets it. Engines are ranked and chosen by their service properties
 * ({@link EngineProperties}), so a command that runs one engine does not make the others.
 */
@Component(service = IEngineRegistry.class)
public class EngineRegistry implements IEngineRegistry {

    private static final String ENGINES = "Engine";

    private final Map<ServiceReference<IAnalysisEngine>, EngineHandle> handles = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile ComponentContext context;

    /** @param componentContext gets the engine services, which Declarative Services releases when they go */
    @Activate
    void activate(ComponentContext componentContext) {
        context = componentContext;
    }

    /** @param reference an engine service that appeared (not got: the engine is made when a caller needs it) */
    @Reference(name = ENGINES, service = IAnalysisEngine.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addEngine(ServiceReference<IAnalysisEngine> reference) {
        handles.put(reference, new EngineHandle(reference, this::make));
        listeners.forEach(Runnable::run);
    }

    /** @param reference an engine service that went away */
    void removeEngine(ServiceReference<IAnalysisEngine> reference) {
        handles.remove(reference);
        listeners.forEach(Runnable::run);
    }

    private IAnalysisEngine make(ServiceReference<IAnalysisEngine> reference) {
        ComponentContext current = context;
        return current == null ? null : (IAnalysisEngine) current.locateService(ENGINES, reference);
    }

    /** @return the engine handles, best first */
    private Stream<EngineHandle> ranked() {
        List<EngineHandle> ranked = new ArrayList<>(handles.values());
        ranked.sort(EngineHandle.BEST_FIRST);
        return ranked.stream();
    }

    private static List<IAnalysisEngine> made(Stream<EngineHandle> handles) {
        return handles.map(EngineHandle::engine).flatMap(Optional::stream).toList();
    }

    @Override
    public List<IAnalysisEngine> engines() {
        return made(ranked());
    }

    @Override
    public List<IAnalysisEngine> engines(EngineCategory category) {
        return made(ranked().filter(h -> h.category() == category));
    }

    @Override
    public Optional<IAnalysisEngine> find(EngineSelector selector) {
        return first(ranked().filter(h -> h.matches(selector)));
    }

    @Override
    public Optional<IAnalysisEngine> choose(EngineCategory category, List<EngineSelector> selectors) {
        List<EngineHandle> candidates = ranked().filter(h -> h.category() == category).toList();
        for (EngineSelector selector : selectors) {
            Optional<IAnalysisEngine> match = first(candidates.stream().filter(h -> h.matches(selector)));
            if (match.isPresent()) {
                return match;
            }
        }
        return first(candidates.stream());
    }

    /** @return the first of the handles whose engine is still there, made */
    private static Optional<IAnalysisEngine> first(Stream<EngineHandle> handles) {
        return handles.map(EngineHandle::engine).flatMap(Optional::stream).findFirst();
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
