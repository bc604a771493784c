package org.heterostack.engine.device.internal.driftdiffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.heterostack.engine.device.internal.common.SolarCellFigures;
import org.junit.jupiter.api.Test;

/** Grid and time-step refinement of the reference protocol: figures change by less than 0.5 % (brief). */
class ConvergenceTest {

    private static final DeviceStack DEVICE = ReferenceDevices.ionMonger();

    private static DriftDiffusionResult run(NumericalOptions o) {
        return new DriftDiffusionSimulator(DEVICE, o)
                .run(VoltageProtocol.jvScan(DEVICE.builtInVoltageV(), 1.2, 5, 0.1, 0, 121));
    }

    private static void assertClose(DriftDiffusionResult coarse, DriftDiffusionResult fine, double tol) {
        for (String scan : new String[] {"reverse", "forward"}) {
            SolarCellFigures a = coarse.scan(scan).figures();
            SolarCellFigures b = fine.scan(scan).figures();
            assertEquals(b.jscMilliAmpPerCm2(), a.jscMilliAmpPerCm2(), tol * b.jscMilliAmpPerCm2(), scan + " Jsc");
            assertEquals(b.vocV(), a.vocV(), tol * b.vocV(), scan + " Voc");
            assertEquals(b.ffPercent(), a.ffPercent(), tol * b.ffPercent(), scan + " FF");
            assertEquals(b.pcePercent(), a.pcePercent(), tol * b.pcePercent(), scan + " PCE");
        }
    }

    @Test
    void gridRefinementChangesFiguresByLessThanHalfAPercent() {
        NumericalOptions base = NumericalOptions.defaults();
        assertClose(run(base.withAbsorberIntervals(100)), run(base.withAbsorberIntervals(200)), 0.005);
    }

    @Test
    void timeStepRefinementChangesFiguresByLessThanHalfAPercent() {
        NumericalOptions base = NumericalOptions.defaults().withAbsorberIntervals(100);
        assertClose(run(base), run(base.withRelativeTolerance(1e-4).withMaxStep(0.02)), 0.005);
    }
}
