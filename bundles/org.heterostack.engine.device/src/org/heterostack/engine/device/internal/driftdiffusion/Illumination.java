package org.heterostack.engine.device.internal.driftdiffusion;

/**
 * Monochromatic-equivalent Beer-Lambert illumination: G(x) = F alpha exp(-alpha x') with x' the optical depth
 * into the layer stack from the illuminated side (IonMonger: F_ph = 1.4e21 m-2 s-1 for one sun on MAPbI3).
 *
 * @param photonFluxPerM2S incident photon flux F in m-2 s-1 (0 = dark)
 * @param fromLeft true if light enters at x = 0 (the first layer, e.g. through the ETL), false from the right
 * @param irradianceWPerM2 incident power used as PCE denominator in W/m2 (1000 for one sun)
 */
public record Illumination(double photonFluxPerM2S, boolean fromLeft, double irradianceWPerM2) {

    /** Validates signs. */
    public Illumination {
        if (!(photonFluxPerM2S >= 0) || !(irradianceWPerM2 > 0)) {
            throw new DriftDiffusionException("illumination needs flux >= 0 and irradiance > 0, got "
                    + photonFluxPerM2S + " m-2 s-1 and " + irradianceWPerM2 + " W/m2");
        }
    }

    /** @return the dark (zero flux) */
    public static Illumination dark() {
        return new Illumination(0, true, 1000);
    }

    /** @param factor intensity multiplier @return scaled illumination */
    public Illumination scaled(double factor) {
        return new Illumination(photonFluxPerM2S * factor, fromLeft, irradianceWPerM2);
    }
}
