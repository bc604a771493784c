package org.heterostack.study.tests;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.runtime.IProgressMonitor;
import org.heterostack.engine.AnalysisRequest;
import org.heterostack.engine.EngineDescriptor;
import org.heterostack.engine.EngineException;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.ResultBuilder;
import org.heterostack.model.Device;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Perovskite2D;

/**
 * A test engine that reports what it sees of a device: the absorber thickness, the spacer's name length, the 2D
 * phase's dominant n and the architecture; it counts its runs, can declare itself non-deterministic, fails for
 * absorbers thicker than a limit, and can take a while.
 */
public final class EchoEngine implements IAnalysisEngine {

    /** Its id. */
    public static final String ID = "test.echo";

    final AtomicInteger runs = new AtomicInteger();
    private final EngineDescriptor descriptor;
    private final double failAboveNm;
    private final long sleepMs;

    /**
     * @param id            the engine id
     * @param deterministic whether it declares itself deterministic
     * @param failAboveNm   absorber thicknesses above this fail
     * @param sleepMs       how long each run takes at least
     */
    public EchoEngine(String id, boolean deterministic, double failAboveNm, long sleepMs) {
        this.descriptor = new EngineDescriptor(id, "Echo " + id, "1.0.0", EngineCategory.DEVICE, "Heterostack tests",
                List.of(), "echoes the input", "tests").withCaching("1", deterministic);
        this.failAboveNm = failAboveNm;
        this.sleepMs = sleepMs;
    }

    /** A deterministic echo that never fails and takes no time. */
    public EchoEngine() {
        this(ID, true, Double.MAX_VALUE, 0);
    }

    @Override
    public EngineDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public boolean appliesTo(NamedElement target) {
        return target instanceof Device;
    }

    @Override
    public List<EngineSetting> settings() {
        return List.of(EngineSetting.number("scale", 1, "1", "factor on the reported thickness"));
    }

    @Override
    public void run(AnalysisRequest request, ResultBuilder result, IProgressMonitor monitor) throws EngineException {
        runs.incrementAndGet();
        Device device = (Device) request.target();
        Layer absorber = device.getLayers().stream().filter(l -> l.getRole() == LayerRole.ABSORBER).findFirst()
                .orElseThrow();
        if (absorber.getThicknessNm() > failAboveNm) {
            throw new EngineException("absorber thicker than " + failAboveNm + " nm");
        }
        if (sleepMs > 0) {
            try {
                Thread.sleep(sleepMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        Perovskite2D phase = absorber.getHeterostructure().getPhases().get(0).getPhase();
        result.quantity("thickness", absorber.getThicknessNm() * request.settings().number("scale"), "nm", "echo");
        result.quantity("spacer_length", phase.getSpacers().get(0).getName().length(), "1", "echo");
        result.quantity("n", phase.getDominantN(), "1", "echo");
        result.quantity("pin", device.getArchitecture().getValue(), "1", "echo");
        result.series("line", "x", "1", new double[] { 1, 2, 3 }, "y", "nm",
                new double[] { 1, absorber.getThicknessNm(), 2 });
    }
}
