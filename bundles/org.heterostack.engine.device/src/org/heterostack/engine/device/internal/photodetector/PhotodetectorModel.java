package org.heterostack.engine.device.internal.photodetector;

import static org.heterostack.engine.PhysicalConstants.A_PER_M2_PER_MA_PER_CM2;
import static org.heterostack.engine.PhysicalConstants.ELEMENTARY_CHARGE_C;
import static org.heterostack.engine.PhysicalConstants.HC_EV_NM;

import org.heterostack.engine.device.internal.circuit.OneDiodeModel;
import org.heterostack.engine.device.internal.common.JvCurve;

/**
 * Photodiode metrics (e.g. Fang et al., Nat. Photonics 9 (2015) 679; Gong et al., Science 325 (2009) 1665):
 * responsivity R = EQE lambda / (hc/q) (A/W, lambda in nm, hc/q = 1239.842 eV nm), shot-noise-limited specific detectivity
 * D* = R / sqrt(2 q Jdark) (Jones, with Jdark in A/cm2; assumes shot noise of the dark current dominates,
 * i.e. no 1/f or thermal noise), and linear dynamic range LDR = 20 log10(Jph,max / Jdark) (dB; the dark
 * current is taken as the noise-equivalent lower limit of the linear range). The dark current comes from an
 * equivalent circuit in the dark or a simulated dark J-V curve (drift-diffusion) at the operating bias.
 */
public final class PhotodetectorModel {

    private static final double M2_PER_CM2 = 1e-4;

    private PhotodetectorModel() {
    }

    /**
     * @param externalQuantumEfficiency EQE as a fraction (0, 1] (may exceed 1 for gain devices, up to 1e6)
     * @param wavelengthNm wavelength in nm
     * @param darkCurrentDensityAPerM2 magnitude of the dark current density at the operating bias, A/m2 (&gt; 0)
     * @param maxLinearPhotocurrentAPerM2 highest photocurrent density still linear in light intensity, A/m2
     * @return R, D*, LDR
     */
    public static PhotodetectorFigures figures(double externalQuantumEfficiency, double wavelengthNm,
            double darkCurrentDensityAPerM2, double maxLinearPhotocurrentAPerM2) {
        if (!(externalQuantumEfficiency > 0 && externalQuantumEfficiency <= 1e6)) {
            throw new PhotodetectorException("EQE " + externalQuantumEfficiency + " outside (0, 1e6]");
        }
        if (!(wavelengthNm > 0 && Double.isFinite(wavelengthNm))) {
            throw new PhotodetectorException("wavelength " + wavelengthNm + " nm not positive");
        }
        if (!(darkCurrentDensityAPerM2 > 0 && Double.isFinite(darkCurrentDensityAPerM2))) {
            throw new PhotodetectorException("dark current density " + darkCurrentDensityAPerM2
                    + " A/m2 must be > 0 (shot-noise detectivity diverges otherwise)");
        }
        if (!(maxLinearPhotocurrentAPerM2 > 0)) {
            throw new PhotodetectorException("maximum linear photocurrent " + maxLinearPhotocurrentAPerM2
                    + " A/m2 must be > 0");
        }
        double responsivity = externalQuantumEfficiency * wavelengthNm / HC_EV_NM;
        double jDarkAPerCm2 = darkCurrentDensityAPerM2 * M2_PER_CM2;
        double detectivity = responsivity / Math.sqrt(2 * ELEMENTARY_CHARGE_C * jDarkAPerCm2);
        double ldr = 20 * Math.log10(maxLinearPhotocurrentAPerM2 / darkCurrentDensityAPerM2);
        return new PhotodetectorFigures(responsivity, detectivity, ldr, darkCurrentDensityAPerM2);
    }

    /**
     * Dark current density magnitude of a dark equivalent circuit (Jph must be 0) at a bias.
     *
     * @param darkCircuit one-diode model without photocurrent
     * @param biasV operating bias in V (negative = reverse)
     * @return |Jdark| in A/m2
     */
    public static double darkCurrentDensityAPerM2(OneDiodeModel darkCircuit, double biasV) {
        return Math.abs(darkCircuit.currentDensityAPerM2(biasV));
    }

    /**
     * Dark current density magnitude from a simulated or measured dark J-V curve, by linear interpolation.
     *
     * @param darkCurve dark J-V curve (any voltage order), mA/cm2
     * @param biasV operating bias in V, inside the curve's range
     * @return |Jdark| in A/m2
     */
    public static double darkCurrentDensityAPerM2(JvCurve darkCurve, double biasV) {
        double[] v = darkCurve.voltageV();
        double[] j = darkCurve.currentDensityMilliAmpPerCm2();
        for (int i = 0; i + 1 < v.length; i++) {
            double lo = Math.min(v[i], v[i + 1]);
            double hi = Math.max(v[i], v[i + 1]);
            if (biasV >= lo && biasV <= hi) {
                double t = hi == lo ? 0 : (biasV - v[i]) / (v[i + 1] - v[i]);
                return Math.abs(j[i] + t * (j[i + 1] - j[i])) * A_PER_M2_PER_MA_PER_CM2;
            }
        }
        throw new PhotodetectorException("bias " + biasV + " V outside the dark J-V curve " + darkCurve);
    }
}
