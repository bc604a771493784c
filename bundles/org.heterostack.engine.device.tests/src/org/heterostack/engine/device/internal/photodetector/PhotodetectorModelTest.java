package org.heterostack.engine.device.internal.photodetector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.heterostack.engine.device.internal.circuit.OneDiodeModel;
import org.heterostack.engine.device.internal.circuit.OneDiodeParameters;
import org.heterostack.engine.device.internal.common.JvCurve;
import org.heterostack.engine.device.internal.driftdiffusion.DeviceStack;
import org.heterostack.engine.device.internal.driftdiffusion.DriftDiffusionSimulator;
import org.heterostack.engine.device.internal.driftdiffusion.Illumination;
import org.heterostack.engine.device.internal.driftdiffusion.NumericalOptions;
import org.heterostack.engine.device.internal.driftdiffusion.ReferenceDevices;
import org.junit.jupiter.api.Test;

class PhotodetectorModelTest {

    /** hc/q in eV nm from the exact SI values of h, c and q: 1239.842. */
    private static final double HC_EV_NM = 6.62607015e-34 * 299792458 / 1.602176634e-19 * 1e9;

    @Test
    void responsivityOfUnitEqeIsWavelengthOver1239() {
        // R = EQE lambda / (hc/q) (A/W, lambda in nm, hc/q = 1239.84 eV nm); docs/science.md §5.2
        assertEquals(1.0, PhotodetectorModel.figures(1.0, HC_EV_NM, 1e-5, 1).responsivityAPerW(), 1e-12);
        assertEquals(0.8 * 550 / HC_EV_NM, PhotodetectorModel.figures(0.8, 550, 1e-5, 1).responsivityAPerW(), 1e-12);
    }

    @Test
    void shotNoiseDetectivityAndDynamicRange() {
        // D* = R / sqrt(2 q Jdark), Jdark = 1e-9 A/cm2 = 1e-5 A/m2, R = 0.4 A/W -> 2.235e13 Jones
        PhotodetectorFigures f = PhotodetectorModel.figures(0.4 * HC_EV_NM / 600, 600, 1e-5, 100);
        assertEquals(0.4 / Math.sqrt(2 * 1.602176634e-19 * 1e-9), f.specificDetectivityJones(), 1e7);
        assertEquals(2.235e13, f.specificDetectivityJones(), 0.001e13);
        assertEquals(140.0, f.linearDynamicRangeDb(), 1e-9);
    }

    @Test
    void darkCurrentFromCircuitAndFromCurve() {
        OneDiodeModel dark = new OneDiodeModel(new OneDiodeParameters(0, 1e-8, 1.5, 1e-4, 1e4, 300));
        double j = PhotodetectorModel.darkCurrentDensityAPerM2(dark, -0.5);
        assertEquals(1e-8 * -Math.expm1(-0.5 / (1.5 * 0.025852)) + 0.5 / 1e4, j, 1e-9);
        JvCurve curve = new JvCurve(new double[] {-1, 0}, new double[] {-2e-6, 0});
        assertEquals(1e-5, PhotodetectorModel.darkCurrentDensityAPerM2(curve, -0.5), 1e-18);
    }

    @Test
    void darkCurrentFromDriftDiffusionFeedsTheDetectivity() {
        // reverse-biased IonMonger cell in the dark: SRH generation current, far below the 22 mA/cm2 photocurrent
        DeviceStack dark = ReferenceDevices.ionMonger().withIllumination(Illumination.dark());
        JvCurve curve = new DriftDiffusionSimulator(dark, NumericalOptions.defaults().withAbsorberIntervals(60))
                .steadyStateJv(0.0, -0.25, -0.5);
        double jDark = PhotodetectorModel.darkCurrentDensityAPerM2(curve, -0.5);
        assertEquals(true, jDark > 0 && jDark < 1e-2, "dark current " + jDark + " A/m2");
        PhotodetectorFigures f = PhotodetectorModel.figures(0.8, 550, jDark, 223);
        assertEquals(f.responsivityAPerW() / Math.sqrt(2 * 1.602176634e-19 * jDark * 1e-4),
                f.specificDetectivityJones(), 1e-6 * f.specificDetectivityJones());
    }

    @Test
    void zeroDarkCurrentIsRejected() {
        PhotodetectorException e = assertThrows(PhotodetectorException.class,
                () -> PhotodetectorModel.figures(0.5, 500, 0, 1));
        assertEquals("dark current density 0.0 A/m2 must be > 0 (shot-noise detectivity diverges otherwise)",
                e.getMessage());
    }
}
