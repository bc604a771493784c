package org.heterostack.engine.internal;

import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;

import org.heterostack.engine.EngineDescriptor;
import org.heterostack.engine.EngineProperties;
import org.heterostack.engine.EngineSelector;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.model.EngineCategory;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;

/**
 * One engine service the registry follows, known by its service properties ({@link EngineProperties}) until a
 * caller needs the engine itself: it is made then, once. An engine that does not declare the properties is made to
 * read its descriptor.
 */
final class EngineHandle {

    /** By category, then highest ranking, then highest version, then id. */
    static final Comparator<EngineHandle> BEST_FIRST = Comparator.comparing((EngineHandle h) -> h.identity().category())
            .thenComparing(EngineHandle::ranking, Comparator.reverseOrder())
            .thenComparing(h -> h.identity().version(), Comparator.reverseOrder())
            .thenComparing(h -> h.identity().id());

    /**
     * What the registry ranks and chooses by.
     *
     * @param id       the engine id
     * @param version  its version
     * @param category its category
     */
    private record Identity(String id, Version version, EngineCategory category) {
    }

    private final ServiceReference<IAnalysisEngine> reference;
    private final Function<ServiceReference<IAnalysisEngine>, IAnalysisEngine> maker;
    private final int ranking;
    private volatile Identity identity;

    /**
     * @param reference the engine service
     * @param maker     gets the service (makes the engine on first use); null once the service is gone
     */
    EngineHandle(ServiceReference<IAnalysisEngine> reference,
            Function<ServiceReference<IAnalysisEngine>, IAnalysisEngine> maker) {
        this.reference = reference;
        this.maker = maker;
        this.ranking = reference.getProperty(Constants.SERVICE_RANKING) instanceof Integer r ? r : 0;
        this.identity = declared(reference).orElse(null);
    }

    private static Optional<Identity> declared(ServiceReference<?> reference) {
        if (reference.getProperty(EngineProperties.ID) instanceof String id
                && reference.getProperty(EngineProperties.VERSION) instanceof String version
                && reference.getProperty(EngineProperties.CATEGORY) instanceof String name
                && EngineCategory.getByName(name) != null) {
            try {
                return Optional.of(new Identity(id, Version.parseVersion(version), EngineCategory.getByName(name)));
            } catch (IllegalArgumentException e) { // not an OSGi version: the descriptor says
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** @return the engine, made now if it was not yet; empty when its service has gone */
    Optional<IAnalysisEngine> engine() {
        return Optional.ofNullable(maker.apply(reference));
    }

    private Identity identity() {
        Identity known = identity;
        if (known == null) {
            EngineDescriptor d = engine().map(IAnalysisEngine::descriptor).orElse(null);
            // a service gone before it was made sorts last and is then left out of every answer
            known = d == null ? new Identity("", Version.emptyVersion, EngineCategory.VALUES.getLast())
                    : new Identity(d.id(), Version.parseVersion(d.version()), d.category());
            identity = known;
        }
        return known;
    }

    /** @return the service ranking ({@code service.ranking}, 0 if none) */
    int ranking() {
        return ranking;
    }

    /** @return the engine's category */
    EngineCategory category() {
        return identity().category();
    }

    /**
     * @param selector an engine id and version range
     * @return whether it names this engine
     */
    boolean matches(EngineSelector selector) {
        return selector.matches(identity().id(), identity().version().toString());
    }
}
