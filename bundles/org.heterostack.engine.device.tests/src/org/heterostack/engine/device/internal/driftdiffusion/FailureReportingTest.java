package org.heterostack.engine.device.internal.driftdiffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Non-convergence and bad input are exceptions naming where they happened, never numbers. */
class FailureReportingTest {

    @Test
    void unreachableNewtonToleranceFailsWithTimeAndVoltage() {
        DeviceStack s = ReferenceDevices.ionMonger();
        NumericalOptions impossible = new NumericalOptions(40, 1e-2, 1e15, 1e-30, 2, Double.POSITIVE_INFINITY, 1000,
                100_000);
        DriftDiffusionSimulator sim = new DriftDiffusionSimulator(s, impossible);
        DriftDiffusionException e = assertThrows(DriftDiffusionException.class,
                () -> sim.run(VoltageProtocol.jvScan(s.builtInVoltageV(), 1.2, 5, 0.1, 0, 11)));
        assertTrue(e.getMessage().startsWith("no steady state: Newton failed in pseudo-time stepping (pseudo-time "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(" s) at t = 0.00000 s, V = 0.899081 V"), e.getMessage());
        assertEquals(s.builtInVoltageV(), e.voltageV(), 1e-12);
        assertEquals(0, e.timeS());
    }

    @Test
    void aSimulationOverItsStepBudgetFailsWithTimeAndVoltage() {
        DriftDiffusionException e = overBudget(NumericalOptions.defaults().withAbsorberIntervals(40).withMaxSteps(25));
        assertTrue(e.getMessage().startsWith("the time integration needed more than 25 steps; the parameters make "
                + "the equations too stiff"), e.getMessage());
    }

    @Test
    void aSimulationOverItsNewtonBudgetFailsWithTimeAndVoltage() {
        DriftDiffusionException e = overBudget(NumericalOptions.defaults().withAbsorberIntervals(40)
                .withMaxTotalNewtonIterations(40));
        assertTrue(e.getMessage().startsWith("the time integration needed more than 40 Newton iterations in "),
                e.getMessage());
        assertTrue(e.getMessage().contains("too stiff"), e.getMessage());
    }

    /** Runs the reference device's J-V protocol with options it cannot meet: the failure is in the transient. */
    private static DriftDiffusionException overBudget(NumericalOptions options) {
        DeviceStack s = ReferenceDevices.ionMonger();
        DriftDiffusionSimulator sim = new DriftDiffusionSimulator(s, options);
        DriftDiffusionException e = assertThrows(DriftDiffusionException.class,
                () -> sim.run(VoltageProtocol.jvScan(s.builtInVoltageV(), 1.2, 5, 0.1, 0, 11)));
        assertTrue(e.timeS() > 0, "fails during the transient, at t = " + e.timeS());
        return e;
    }

    @Test
    void invalidLayerIsRejectedWithItsName() {
        DriftDiffusionException e = assertThrows(DriftDiffusionException.class,
                () -> Layer.electronTransport("TiO2", -1e-7, 10, -4.0, 5e25, 1e-5, 1e24));
        assertTrue(e.getMessage().startsWith("invalid layer TiO2: thickness -1.0E-7 m"), e.getMessage());
    }

    @Test
    void contactLayerWithoutMajorityCarrierIsRejected() {
        DeviceStack s = ReferenceDevices.ionMonger();
        Layer undopedEtl = Layer.electronTransport("ETL", 100e-9, 10, -4.0, 5e25, 1e-5, 0);
        DriftDiffusionException e = assertThrows(DriftDiffusionException.class,
                () -> s.withLayers(java.util.List.of(undopedEtl, s.layers().get(1), s.layers().get(2))));
        assertEquals("electron-only contact layer ETL needs net donors", e.getMessage());
    }
}
