package org.heterostack.engine;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.heterostack.model.NamedElement;

/**
 * An analysis engine: a model of one aspect of a perovskite material, heterostructure or device (structure,
 * photophysics, stability or device efficiency) that turns a model object into quantities with units, data
 * series and messages.
 * <p>
 * Engines are OSGi services: register an implementation with Declarative Services, e.g.
 * {@code @Component(service = IAnalysisEngine.class, property = "service.ranking:Integer=100")}. The
 * {@link IEngineRegistry} picks them up, and drops them, while the application runs. An engine needs nothing
 * but the model and this package. See {@code docs/engine-authoring.md}.
 * <p>
 * Engines are called through an {@link AnalysisRunner}, never directly: the runner owns status and provenance,
 * runs the engine off the UI thread with a time limit and turns every failure into a failed result.
 */
public interface IAnalysisEngine {

    /** @return who the engine is, which model it implements and where that model is valid */
    EngineDescriptor descriptor();

    /**
     * @param target a model object
     * @return whether this engine can analyse it (e.g. a device with an absorber layer)
     */
    boolean appliesTo(NamedElement target);

    /** @return the settings a user may change, with defaults and units; an empty list if there are none */
    List<EngineSetting> settings();

    /**
     * Analyses {@code request.target()} and reports into {@code result}. Implementations check {@code monitor}
     * for cancellation in long loops and throw {@link EngineException} with a message a scientist understands
     * when the input is outside the model's validity range or a solver does not converge.
     *
     * @param request the target (a private copy: the engine may read it freely) and the effective settings
     * @param result  where quantities, series and messages go
     * @param monitor progress and cancellation
     * @throws EngineException when the analysis cannot give a trustworthy answer
     */
    void run(AnalysisRequest request, ResultBuilder result, IProgressMonitor monitor) throws EngineException;
}
