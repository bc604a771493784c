package org.example.slme.internal;

import java.util.Locale;

import org.eclipse.emf.common.util.EList;
import org.heterostack.engine.EngineException;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackPackage;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.Material;
import org.heterostack.model.NamedElement;
import org.heterostack.model.SemiconductorMaterial;
import org.heterostack.model.SemiconductorParameters;
import org.heterostack.model.Series;

/**
 * What the SLME needs from the model: the absorber's absorption spectrum ({@code absorptionSpectrum}, x in nm,
 * y in 1/m), its thickness and its optical (lowest dipole-allowed) gap {@code bandGapEv}. A material has no
 * thickness, so the engine's setting gives it; a device's absorber layer has its own.
 *
 * @param label            the object the numbers come from, for messages ("Layer 'perovskite' of device 'cell'")
 * @param alpha            the absorption coefficient
 * @param thicknessNm      the absorber thickness in nm
 * @param thicknessFromModel whether the thickness is the layer's (true) or the setting's (false)
 * @param allowedGapEv     the lowest dipole-allowed gap E_g^da in eV
 */
public record Absorber(String label, AbsorptionCoefficient alpha, double thicknessNm, boolean thicknessFromModel,
        double allowedGapEv) {

    /**
     * @param target a model object
     * @return whether it is a material with an absorption spectrum or a device whose absorber has one
     */
    public static boolean hasSpectrum(NamedElement target) {
        if (target instanceof SemiconductorMaterial material) {
            return material.getAbsorptionSpectrum() != null;
        }
        return target instanceof Device device && absorberLayer(device) != null
                && spectrumOf(absorberLayer(device)) != null;
    }

    /**
     * @param target             a material or a device (see {@link #hasSpectrum})
     * @param materialThicknessNm the thickness to use for a material, in nm
     * @return the absorber
     * @throws EngineException naming the object and attribute that is missing or wrong
     */
    public static Absorber of(NamedElement target, double materialThicknessNm) throws EngineException {
        if (target instanceof SemiconductorMaterial material) {
            String label = target.eClass().getName() + " '" + target.getName() + "'";
            return new Absorber(label, alpha(label, material.getAbsorptionSpectrum()), materialThicknessNm, false,
                    gap(label, material.getBandGapEv()));
        }
        Device device = (Device) target;
        Layer layer = absorberLayer(device);
        if (layer == null) {
            throw new EngineException("Device '" + device.getName() + "' has no ABSORBER layer");
        }
        String label = "Layer '" + layer.getName() + "' of device '" + device.getName() + "'";
        Double thickness = layer.effectiveThicknessNm();
        if (thickness == null || !(thickness > 0)) {
            throw new EngineException(label + " has no thicknessNm");
        }
        Double gap = layer.effectiveValue(HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__BAND_GAP_EV);
        return new Absorber(label, alpha(label, spectrumOf(layer)), thickness, true, gap(label, gap));
    }

    private static Layer absorberLayer(Device device) {
        return device.getLayers().stream().filter(l -> l.getRole() == LayerRole.ABSORBER).findFirst().orElse(null);
    }

    /** The layer's own spectrum, else its material's. */
    private static Series spectrumOf(Layer layer) {
        if (layer.getAbsorptionSpectrum() != null) {
            return layer.getAbsorptionSpectrum();
        }
        Material material = layer.getMaterial();
        return material instanceof SemiconductorParameters p ? p.getAbsorptionSpectrum() : null;
    }

    private static double gap(String label, Double gapEv) throws EngineException {
        if (gapEv == null) {
            throw new EngineException(label + " has no bandGapEv (the optical, dipole-allowed gap)");
        }
        if (!(gapEv > 0)) {
            throw new EngineException(label + ": bandGapEv " + gapEv + " eV is not positive");
        }
        return gapEv;
    }

    private static AbsorptionCoefficient alpha(String label, Series spectrum) throws EngineException {
        if (spectrum == null) {
            throw new EngineException(label + " has no absorptionSpectrum");
        }
        if (!normalised(spectrum.getXUnit()).matches("|nm")) {
            throw new EngineException(label + ": absorptionSpectrum x unit '" + spectrum.getXUnit() + "' is not nm");
        }
        double yScale = switch (normalised(spectrum.getYUnit())) {
            case "", "1/m", "m^-1", "m-1", "/m" -> 1;
            case "1/cm", "cm^-1", "cm-1", "/cm" -> 100;
            default -> throw new EngineException(label + ": absorptionSpectrum y unit '" + spectrum.getYUnit()
                    + "' is not 1/m or 1/cm");
        };
        try {
            return AbsorptionCoefficient.fromWavelengths(values(spectrum.getX(), 1), values(spectrum.getY(), yScale));
        } catch (IllegalArgumentException e) {
            throw new EngineException(label + ": absorptionSpectrum " + e.getMessage(), e);
        }
    }

    private static String normalised(String unit) {
        return unit == null ? "" : unit.strip().toLowerCase(Locale.ROOT);
    }

    private static double[] values(EList<Double> list, double scale) {
        return list.stream().mapToDouble(d -> d * scale).toArray();
    }
}
