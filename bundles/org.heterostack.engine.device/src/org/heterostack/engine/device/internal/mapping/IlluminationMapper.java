package org.heterostack.engine.device.internal.mapping;

import java.util.List;

import org.heterostack.engine.EngineException;
import org.heterostack.engine.PhysicalConstants;
import org.heterostack.engine.device.internal.detailedbalance.AstmG173Spectrum;
import org.heterostack.engine.device.internal.driftdiffusion.Illumination;
import org.heterostack.model.Device;
import org.heterostack.model.IlluminationSide;
import org.heterostack.model.OperatingConditions;
import org.heterostack.model.Spectrum;

/**
 * Operating conditions -> Beer-Lambert illumination of the drift-diffusion stack. The photon flux is the
 * model's {@code photonFluxPerM2S} when given (as incident, not scaled), else intensity x the AM1.5G photon
 * flux above the absorber gap (ASTM G173-03, no reflection), or, for monochromatic light of a given wavelength,
 * intensity x 1000 W/m2 divided by the photon energy hc/lambda. The PCE denominator is intensity x 1000 W/m2
 * (AM1.5G), x 1366.1 W/m2 (AM0, ASTM E490), or flux x photon energy (monochromatic).
 */
final class IlluminationMapper {

    /** ASTM E490 AM0 solar constant in W/m2. */
    private static final double AM0_W_PER_M2 = 1366.1;

    private IlluminationMapper() {
    }

    static Illumination map(Device device, OperatingConditions conditions, double absorberGapEv, boolean fromLeft,
            List<String> notes) throws EngineException {
        Spectrum spectrum = conditions.getSpectrum();
        double suns = conditions.getIntensitySuns();
        if (spectrum == Spectrum.DARK || suns == 0 && conditions.getPhotonFluxPerM2S() == null) {
            notes.add("dark: no illumination (spectrum " + spectrum + ", intensity " + suns + " suns)");
            return new Illumination(0, fromLeft, PhysicalConstants.ONE_SUN_W_PER_M2);
        }
        double flux;
        if (conditions.getPhotonFluxPerM2S() != null) {
            flux = conditions.getPhotonFluxPerM2S();
            notes.add("photon flux " + flux + " m-2 s-1 as given in the operating conditions (Beer-Lambert, one "
                    + "effective wavelength)");
        } else if (spectrum == Spectrum.AM1_5G) {
            flux = suns * AstmG173Spectrum.global().photonFluxAbovePerM2S(absorberGapEv);
            notes.add(String.format("photon flux %.4g m-2 s-1 = %s sun(s) x the ASTM G173-03 photon flux above the "
                    + "absorber gap %.3f eV (no reflection or parasitic absorption)", flux, suns, absorberGapEv));
        } else if (spectrum == Spectrum.MONOCHROMATIC && conditions.getWavelengthNm() != null) {
            double photonEnergyJ = PhysicalConstants.ELEMENTARY_CHARGE_C * PhysicalConstants.HC_EV_NM
                    / conditions.getWavelengthNm();
            flux = suns * PhysicalConstants.ONE_SUN_W_PER_M2 / photonEnergyJ;
            notes.add(String.format("photon flux %.4g m-2 s-1 = %s x %.0f W/m2 at %s nm (intensitySuns as irradiance "
                    + "in units of 100 mW/cm2, no reflection)", flux, suns, PhysicalConstants.ONE_SUN_W_PER_M2,
                    conditions.getWavelengthNm()));
        } else {
            throw new EngineException("Device '" + device.getName() + "': operating conditions with spectrum "
                    + spectrum + " need photonFluxPerM2S");
        }
        if (!(flux >= 0)) {
            throw new EngineException("Device '" + device.getName() + "' has photonFluxPerM2S " + flux
                    + "; it must be >= 0");
        }
        double irradiance = switch (spectrum) {
            case AM0 -> suns * AM0_W_PER_M2;
            case MONOCHROMATIC -> {
                if (conditions.getWavelengthNm() == null) {
                    throw new EngineException("Device '" + device.getName()
                            + "': monochromatic operating conditions have no wavelengthNm");
                }
                yield flux * PhysicalConstants.ELEMENTARY_CHARGE_C * PhysicalConstants.HC_EV_NM
                        / conditions.getWavelengthNm();
            }
            default -> suns * PhysicalConstants.ONE_SUN_W_PER_M2;
        };
        if (!(irradiance > 0)) {
            throw new EngineException("Device '" + device.getName() + "': incident irradiance " + irradiance
                    + " W/m2 from intensitySuns " + suns + "; it must be > 0 under light");
        }
        return new Illumination(flux, fromLeft, irradiance);
    }

    /**
     * @param side     the illuminated side of the model stack (bottom = first layer)
     * @param reversed whether the simulated stack runs top to bottom
     * @return whether light enters at x = 0 of the simulated stack
     */
    static boolean fromLeft(IlluminationSide side, boolean reversed) {
        return (side == IlluminationSide.BOTTOM) != reversed;
    }
}
