package org.heterostack.engine.tests;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.heterostack.engine.AnalysisRequest;
import org.heterostack.engine.EngineDescriptor;
import org.heterostack.engine.EngineException;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.ResultBuilder;
import org.heterostack.model.Device;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.NamedElement;

/** An engine whose behaviour a test chooses: answer, throw, produce NaN, hang. */
class TestEngine implements IAnalysisEngine {

    /** What {@link #run} does. */
    interface Behaviour {
        void run(AnalysisRequest request, ResultBuilder result, IProgressMonitor monitor) throws Exception;
    }

    private final String id;
    private final String version;
    private final EngineCategory category;
    private final Behaviour behaviour;

    TestEngine(String id, String version, EngineCategory category, Behaviour behaviour) {
        this.id = id;
        this.version = version;
        this.category = category;
        this.behaviour = behaviour;
    }

    TestEngine(Behaviour behaviour) {
        this("test.engine", "1.0.0", EngineCategory.DEVICE, behaviour);
    }

    @Override
    public EngineDescriptor descriptor() {
        return new EngineDescriptor(id, "Test engine", version, category, "Test provider",
                List.of("Test citation"), "test model", "tests only");
    }

    @Override
    public boolean appliesTo(NamedElement target) {
        return target instanceof Device;
    }

    @Override
    public List<EngineSetting> settings() {
        return List.of(EngineSetting.number("temperature", 300, "K", "device temperature"),
                EngineSetting.choice("model", "srh", "recombination model", List.of("srh", "radiative")));
    }

    @Override
    public void run(AnalysisRequest request, ResultBuilder result, IProgressMonitor monitor) throws EngineException {
        try {
            behaviour.run(request, result, monitor);
        } catch (EngineException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
