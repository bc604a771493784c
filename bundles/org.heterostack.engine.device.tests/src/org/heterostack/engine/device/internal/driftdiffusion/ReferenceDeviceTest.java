package org.heterostack.engine.device.internal.driftdiffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.heterostack.engine.device.internal.common.SolarCellFigures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The IonMonger v2.0 default device (docs/science.md §5.3) on a coarse grid (100 absorber intervals). */
class ReferenceDeviceTest {

    private static final double Q = 1.602176634e-19;
    private static final DeviceStack DEVICE = ReferenceDevices.ionMonger();
    private static DriftDiffusionResult result;

    @BeforeAll
    static void runProtocol() {
        DriftDiffusionSimulator sim = new DriftDiffusionSimulator(DEVICE,
                NumericalOptions.defaults().withAbsorberIntervals(100));
        result = sim.run(VoltageProtocol.jvScan(DEVICE.builtInVoltageV(), 1.2, 5, 0.1, 0, 121), 0, 5, 29);
    }

    @Test
    void builtInVoltageMatchesDomainTable() {
        // docs/science.md §5.3 / IonMonger: Vbi = (EcE + kT ln(dE/gcE)) - (EvH - kT ln(dH/gvH)) = 0.8991 V
        assertEquals(0.8991, DEVICE.builtInVoltageV(), 5e-5);
    }

    @Test
    void figuresArePhysicallySane() {
        // collection limit q Fph (1 - exp(-alpha b)) = 22.30 mA/cm2 (docs/science.md §5.3); Voc 1.0-1.15 V
        double jscLimit = Q * 1.4e21 * -Math.expm1(-1.3e7 * 400e-9) / 10;
        for (String scan : new String[] {"reverse", "forward"}) {
            SolarCellFigures f = result.scan(scan).figures();
            assertTrue(f.jscMilliAmpPerCm2() < jscLimit && f.jscMilliAmpPerCm2() > 0.97 * jscLimit, scan + " " + f);
            assertTrue(f.vocV() > 1.0 && f.vocV() < 1.15, scan + " " + f);
        }
        // normal hysteresis at 0.1 V/s: the reverse scan is better (IonMonger, Courtier et al. 2019 fig. 6)
        assertTrue(result.hysteresisIndex() > 0.1, "hysteresis index " + result.hysteresisIndex());
    }

    @Test
    void ionsAreConservedAndConfinedToThePerovskite() {
        // Courtier et al. 2019 eq. 6: total vacancy number b N0 conserved by the blocking boundaries
        InternalProfile end = result.profiles().get(result.profiles().size() - 1);
        assertEquals(29, end.timeS(), 1e-9);
        double total = 0;
        double[] x = end.positionM();
        for (int k = 0; k + 1 < x.length; k++) {
            if (end.layerIndex()[k] == 1 && end.layerIndex()[k + 1] == 1) {
                total += 0.5 * (x[k + 1] - x[k]) * (end.ionDensityPerM3()[k] + end.ionDensityPerM3()[k + 1]);
            } else if (end.layerIndex()[k] != 1) {
                assertEquals(0, end.ionDensityPerM3()[k]);
            }
        }
        assertEquals(400e-9 * 1.6e25, total, 1e-9 * 400e-9 * 1.6e25);
    }

    @Test
    void bandDiagramShowsTheInterfaceOffsets() {
        // ETL/perovskite conduction-band offset EcE - Ec = -0.3 eV, perovskite/HTL valence offset 0.3 eV
        InternalProfile p = result.profiles().get(0);
        int[] layer = p.layerIndex();
        for (int k = 0; k + 1 < layer.length; k++) {
            if (layer[k] == 0 && layer[k + 1] == 1) {
                assertEquals(p.positionM()[k], p.positionM()[k + 1]);
                assertEquals(0.3, p.conductionBandEv()[k + 1] - p.conductionBandEv()[k], 1e-12);
                assertTrue(Double.isNaN(p.holeQuasiFermiEv()[k]), "no holes in the ETL");
            }
            if (layer[k] == 1 && layer[k + 1] == 2) {
                assertEquals(0.3, p.valenceBandEv()[k + 1] - p.valenceBandEv()[k], 1e-12);
            }
        }
    }

    @Test
    void profilesAreTakenAtTheRequestedTimes() {
        assertEquals(3, result.profiles().size());
        assertEquals(0, result.profiles().get(0).timeS());
        assertEquals(5, result.profiles().get(1).timeS(), 1e-9);
        assertEquals(1.2, result.profiles().get(1).voltageV(), 1e-9);
    }
}
