package org.heterostack.engine.device.internal.driftdiffusion;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.heterostack.engine.device.internal.common.JvAnalysis;
import org.heterostack.engine.device.internal.common.SolarCellFigures;
import org.junit.jupiter.api.Test;

/**
 * A thin wide-gap 2D layer between perovskite and HTL (four-layer stack): it passivates a recombining
 * perovskite/HTL interface (higher Voc) but a valence-band offset towards the perovskite blocks hole
 * extraction (lower FF) - the passivation-versus-extraction trade-off of 2D/3D perovskite cells.
 */
class PassivationLayerTest {

    private static final NumericalOptions COARSE = NumericalOptions.defaults().withAbsorberIntervals(60);
    private static final InterfaceRecombination POOR_HTL_INTERFACE = new InterfaceRecombination(1e3, 1e5);

    private static SolarCellFigures steadyStateFigures(DeviceStack s) {
        double[] v = new double[49];
        for (int i = 0; i < v.length; i++) {
            v[i] = 0.025 * i;
        }
        return JvAnalysis.analyse(new DriftDiffusionSimulator(s, COARSE).steadyStateJv(v), 100);
    }

    private static DeviceStack withTwoDimensionalLayer(double valenceOffsetEv) {
        DeviceStack ref = ReferenceDevices.ionMonger().withIons(null);
        Layer perovskite = ref.layers().get(1);
        Layer twoD = new Layer("2D (n=1)", 3e-9, 8, perovskite.conductionBandEv() + 0.4,
                perovskite.valenceBandEv() - valenceOffsetEv, 1e25, 1e25, 1e-7, 1e-7, 0, 0, 0,
                BulkRecombination.none(), false);
        return new DeviceStack(List.of(ref.layers().get(0), perovskite, twoD, ref.layers().get(2)),
                List.of(ref.interfaces().get(0), InterfaceRecombination.none(), POOR_HTL_INTERFACE), null,
                ref.illumination(), ref.temperatureK());
    }

    @Test
    void twoDimensionalLayerPassivatesButAHoleBarrierHurtsExtraction() {
        DeviceStack ref = ReferenceDevices.ionMonger().withIons(null);
        DeviceStack bare = ref.withInterfaces(List.of(ref.interfaces().get(0), POOR_HTL_INTERFACE));
        SolarCellFigures unpassivated = steadyStateFigures(bare);
        SolarCellFigures passivated = steadyStateFigures(withTwoDimensionalLayer(0.0));
        SolarCellFigures blocking = steadyStateFigures(withTwoDimensionalLayer(0.35));
        assertTrue(passivated.vocV() > unpassivated.vocV() + 0.02,
                "passivation raises Voc: " + unpassivated + " -> " + passivated);
        assertTrue(blocking.ffPercent() < passivated.ffPercent() - 5,
                "hole barrier lowers FF: " + passivated + " -> " + blocking);
    }
}
