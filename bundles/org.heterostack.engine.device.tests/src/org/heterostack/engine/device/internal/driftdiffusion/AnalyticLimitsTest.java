package org.heterostack.engine.device.internal.driftdiffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.heterostack.engine.device.internal.common.JvCurve;
import org.junit.jupiter.api.Test;

/** Limits with closed-form answers, on coarse grids. */
class AnalyticLimitsTest {

    private static final double Q = 1.602176634e-19;
    private static final NumericalOptions COARSE = NumericalOptions.defaults().withAbsorberIntervals(80);

    private static DeviceStack withRecombination(DeviceStack s, BulkRecombination bulk) {
        List<Layer> layers = new ArrayList<>(s.layers());
        layers.set(1, layers.get(1).withRecombination(bulk));
        return s.withLayers(layers)
                .withInterfaces(List.of(InterfaceRecombination.none(), InterfaceRecombination.none()));
    }

    @Test
    void steadyStateCurrentIsContinuous() {
        // div(j_n + j_p) = 0 at steady state (charge conservation); IonMonger reference device
        DriftDiffusionSimulator sim = new DriftDiffusionSimulator(ReferenceDevices.ionMonger(), COARSE);
        for (double v : new double[] {0.0, ReferenceDevices.ionMonger().builtInVoltageV()}) {
            InternalProfile p = sim.steadyState(v);
            assertTrue(p.currentContinuityError() < 1e-6, "continuity error " + p.currentContinuityError() + " at " + v);
        }
    }

    @Test
    void withoutRecombinationJscIsTheAbsorbedPhotonFlux() {
        // Beer-Lambert collection limit Jsc = q Fph (1 - exp(-alpha b)) (docs/science.md §5.3)
        DeviceStack s = withRecombination(ReferenceDevices.ionMonger(), BulkRecombination.none());
        InternalProfile p = new DriftDiffusionSimulator(s, COARSE).steadyState(0);
        double expected = Q * 1.4e21 * -Math.expm1(-1.3e7 * 400e-9);
        double j = new DriftDiffusionSimulator(s, COARSE).steadyStateJv(0.0).currentDensityMilliAmpPerCm2()[0] * 10;
        assertEquals(expected, j, 1e-6 * expected);
        assertEquals(expected, p.currentDensityAPerM2()[p.currentDensityAPerM2().length / 2], 1e-6 * expected);
    }

    @Test
    void lightThroughTheHtlGivesTheSameCollectionLimit() {
        // Beer-Lambert from the other side (inverted illumination): same absorbed flux, same Jsc without losses
        DeviceStack s = withRecombination(ReferenceDevices.ionMonger(), BulkRecombination.none())
                .withIllumination(new Illumination(1.4e21, false, 1000));
        double expected = Q * 1.4e21 * -Math.expm1(-1.3e7 * 400e-9);
        double j = new DriftDiffusionSimulator(s, COARSE).steadyStateJv(0.0).currentDensityMilliAmpPerCm2()[0] * 10;
        assertEquals(expected, j, 1e-6 * expected);
    }

    @Test
    void radiativeOnlyDarkDiodeHasIdealityOne() {
        // band-to-band recombination with quasi-Fermi-level splitting qV gives J ~ exp(qV/kT): n_id = 1
        // (Shockley diode; e.g. Tress et al., Adv. Energy Mater. 8 (2018) 1703385)
        DeviceStack s = withRecombination(ReferenceDevices.ionMonger(), BulkRecombination.radiative(1e-16))
                .withIllumination(Illumination.dark());
        JvCurve dark = new DriftDiffusionSimulator(s, COARSE).steadyStateJv(0.0, 0.3, 0.5, 0.6, 0.7);
        double[] j = dark.currentDensityMilliAmpPerCm2();
        double vt = s.thermalVoltageV();
        double ideality = 0.2 / (vt * Math.log(j[4] / j[2]));
        assertTrue(j[2] < 0 && j[4] < 0, "dark forward current is negative (photocurrent positive)");
        assertEquals(1.0, ideality, 0.02, "ideality factor between 0.5 and 0.7 V");
        // and its magnitude is q b B ni^2 (exp(V/VT) - 1) for a flat quasi-Fermi-level split
        double ni2 = 8.1e24 * 5.8e24 * Math.exp(-1.7 / vt);
        double expected = Q * 400e-9 * 1e-16 * ni2 * Math.expm1(0.6 / vt) / 10;
        assertEquals(expected, -j[3], 0.02 * expected);
    }

    @Test
    void hysteresisVanishesForFrozenIons() {
        // no ionic motion, no hysteresis (IonMonger: hysteresis is ionic)
        DeviceStack s = ReferenceDevices.ionMonger();
        DeviceStack frozen = s.withIons(s.ions().withDiffusivityScaled(1e-6));
        DriftDiffusionResult r = new DriftDiffusionSimulator(frozen, NumericalOptions.defaults().withAbsorberIntervals(60))
                .run(VoltageProtocol.jvScan(s.builtInVoltageV(), 1.2, 5, 0.1, 0, 61));
        assertEquals(0, r.hysteresisIndex(), 1e-3);
    }

    @Test
    void hysteresisVanishesForSlowScans() {
        // quasi-static ions at 0.1 mV/s: reverse and forward scans coincide (Courtier et al. 2019 sec. 5)
        DeviceStack s = ReferenceDevices.ionMonger();
        NumericalOptions o = NumericalOptions.defaults().withAbsorberIntervals(60);
        double slow = new DriftDiffusionSimulator(s, o)
                .run(VoltageProtocol.jvScan(s.builtInVoltageV(), 1.2, 5, 1e-4, 0, 61)).hysteresisIndex();
        double typical = new DriftDiffusionSimulator(s, o)
                .run(VoltageProtocol.jvScan(s.builtInVoltageV(), 1.2, 5, 0.1, 0, 61)).hysteresisIndex();
        assertEquals(0, slow, 3e-3);
        assertTrue(typical > 50 * Math.abs(slow), "typical " + typical + " slow " + slow);
    }
}
