package org.heterostack.cli.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.heterostack.engine.AnalysisRequest;
import org.heterostack.engine.EngineDescriptor;
import org.heterostack.engine.EngineException;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.ResultBuilder;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.Material;
import org.heterostack.model.NamedElement;

/** A structure engine for materials that misbehaves in one way, as an installed third-party engine might. */
final class MisbehavingEngine implements IAnalysisEngine {

    /** What the engine does when it runs. */
    @FunctionalInterface
    interface Behaviour {
        void run(AnalysisRequest request, ResultBuilder result) throws EngineException;
    }

    private final EngineDescriptor descriptor;
    private final Behaviour behaviour;

    /**
     * @param misbehaviour a word for what it does, which ends its id
     * @param behaviour    what it does
     */
    MisbehavingEngine(String misbehaviour, Behaviour behaviour) {
        this.descriptor = new EngineDescriptor("org.example.untrusted." + misbehaviour, "Untrusted (" + misbehaviour
                + ")", "1.0.0", EngineCategory.STRUCTURE, "example.org", List.of("none"), "misbehaves on purpose",
                "nowhere");
        this.behaviour = behaviour;
    }

    @Override
    public EngineDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public boolean appliesTo(NamedElement target) {
        return target instanceof Material;
    }

    @Override
    public List<EngineSetting> settings() {
        return List.of();
    }

    @Override
    public void run(AnalysisRequest request, ResultBuilder result, IProgressMonitor monitor) throws EngineException {
        behaviour.run(request, result);
    }
}
