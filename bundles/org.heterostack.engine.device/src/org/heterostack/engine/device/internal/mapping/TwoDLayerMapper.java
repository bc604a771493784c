package org.heterostack.engine.device.internal.mapping;

import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ABSORPTION_COEFFICIENT_PER_M;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ACCEPTOR_DENSITY_PER_M3;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__BAND_GAP_EV;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__CONDUCTION_BAND_DOS_PER_M3;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__DONOR_DENSITY_PER_M3;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ELECTRON_DIFFUSIVITY_M2_PER_S;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ELECTRON_MOBILITY_CM2_PER_VS;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ELECTRON_SRH_LIFETIME_NS;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__HOLE_DIFFUSIVITY_M2_PER_S;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__HOLE_MOBILITY_CM2_PER_VS;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__IONISATION_ENERGY_EV;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__RELATIVE_PERMITTIVITY;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__VALENCE_BAND_DOS_PER_M3;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

import org.eclipse.emf.ecore.EAttribute;
import org.heterostack.engine.EngineException;
import org.heterostack.engine.TwoDBandEdges;
import org.heterostack.engine.device.internal.driftdiffusion.BulkRecombination;
import org.heterostack.engine.device.internal.driftdiffusion.Layer;
import org.heterostack.engine.device.internal.twod.TwoDAssumptions;
import org.heterostack.engine.device.internal.twod.TwoDLayerPhysics;
import org.heterostack.model.Device;
import org.heterostack.model.Orientation;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Phase2D;
import org.heterostack.model.SiteOccupancy;

/**
 * A layer made of a 2D perovskite -> a drift-diffusion layer. A value the layer or its 2D material holds is used as
 * it is; every other one is derived from the 2D phase's structure (dominant n, orientation, interlayer spacing or
 * spacer length) and the 3D film of the device's absorber, and named in a note: optical gap and exciton binding
 * energy from the lead-iodide series, band edges from the film's moved apart by the quasiparticle-gap widening
 * ({@link TwoDBandEdges#onFilm}, split by {@link TwoDAssumptions#conductionShare()}),
 * permittivity and out-of-plane diffusivities of the slab/organic laminate ({@link TwoDLayerPhysics}), density of
 * states and bulk recombination of the film, undoped and transparent at the engine's effective wavelength.
 */
final class TwoDLayerMapper {

    private TwoDLayerMapper() {
    }

    /**
     * @param device       the device (messages)
     * @param layer        a layer whose material is a 2D perovskite
     * @param absorber     the device's absorber (the 3D film the 2D phase grows on)
     * @param temperatureK device temperature in K
     * @param assumptions  the 2D assumptions in force
     * @param notes        assumptions in force, appended
     * @return the numerics layer, conducting both carriers
     * @throws EngineException naming the layer and what is missing
     */
    static Layer map(Device device, org.heterostack.model.Layer layer, org.heterostack.model.Layer absorber,
            double temperatureK, TwoDAssumptions assumptions, List<String> notes) throws EngineException {
        Perovskite2D phase = (Perovskite2D) layer.getMaterial();
        Layer film = LayerMapper.map(device, absorber, false, temperatureK, new ArrayList<>());
        double filmGapEv = BandGaps.of(device, absorber);
        int n = phase.getDominantN();
        List<String> derived = new ArrayList<>();
        double gapEv = gap(device, layer, phase, n, derived);
        double[] bands = bandEdges(layer, film, wideningEv(layer, n, gapEv, film, filmGapEv, derived), gapEv,
                assumptions, derived);
        TwoDLayerPhysics.Laminate laminate = n >= 1 ? laminate(device, layer, phase, n, assumptions) : null;
        double eps = valueOr(layer, SEMICONDUCTOR_PARAMETERS__RELATIVE_PERMITTIVITY, laminate,
                () -> laminate.normal(film.relativePermittivity(), assumptions.organicPermittivity()), derived, device);
        double dn = diffusivity(device, layer, SEMICONDUCTOR_PARAMETERS__ELECTRON_DIFFUSIVITY_M2_PER_S,
                SEMICONDUCTOR_PARAMETERS__ELECTRON_MOBILITY_CM2_PER_VS, laminate, film.electronDiffusivityM2PerS(),
                assumptions, temperatureK, derived, notes);
        double dp = diffusivity(device, layer, SEMICONDUCTOR_PARAMETERS__HOLE_DIFFUSIVITY_M2_PER_S,
                SEMICONDUCTOR_PARAMETERS__HOLE_MOBILITY_CM2_PER_VS, laminate, film.holeDiffusivityM2PerS(),
                assumptions, temperatureK, derived, notes);
        double gc = orElse(layer, SEMICONDUCTOR_PARAMETERS__CONDUCTION_BAND_DOS_PER_M3, film.conductionDosPerM3());
        double gv = orElse(layer, SEMICONDUCTOR_PARAMETERS__VALENCE_BAND_DOS_PER_M3, film.valenceDosPerM3());
        boolean ownLifetimes = layer.effectiveValue(SEMICONDUCTOR_PARAMETERS__ELECTRON_SRH_LIFETIME_NS) != null;
        BulkRecombination recombination = ownLifetimes ? LayerMapper.recombination(device, layer, notes)
                : film.recombination();
        notes.add(String.format("%s: 2D phase '%s' (n = %d, %s) simulated as a layer; derived: %s; the density of "
                + "states%s of the 3D film '%s' (assumed)", LayerParameters.label(device, layer), phase.getName(), n,
                orientation(phase), String.join(", ", derived), ownLifetimes ? "" : " and bulk recombination",
                absorber.getName()));
        try {
            return new Layer(layer.getName(), LayerParameters.thicknessNm(device, layer) * 1e-9, eps, bands[0],
                    bands[1], gc, gv, dn, dp, orElse(layer, SEMICONDUCTOR_PARAMETERS__DONOR_DENSITY_PER_M3, 0),
                    orElse(layer, SEMICONDUCTOR_PARAMETERS__ACCEPTOR_DENSITY_PER_M3, 0),
                    orElse(layer, SEMICONDUCTOR_PARAMETERS__ABSORPTION_COEFFICIENT_PER_M, 0), recombination, false);
        } catch (RuntimeException e) {
            throw new EngineException(LayerParameters.label(device, layer) + " is not valid: " + e.getMessage(), e);
        }
    }

    /** Optical gap: the layer's, else the lead-iodide series at the dominant n (iodides only). */
    private static double gap(Device device, org.heterostack.model.Layer layer, Perovskite2D phase, int n,
            List<String> derived) throws EngineException {
        Double own = layer.effectiveValue(SEMICONDUCTOR_PARAMETERS__BAND_GAP_EV);
        if (own != null) {
            return own;
        }
        if (n < 1) {
            throw LayerParameters.missing(device, layer, "bandGapEv (nor n phases to derive it from)");
        }
        boolean iodide = !phase.getXSite().isEmpty()
                && phase.getXSite().stream().map(SiteOccupancy::getIon).allMatch("I"::equals);
        if (!iodide) {
            throw LayerParameters.missing(device, layer, "bandGapEv (derived only for lead iodides: the X site of '"
                    + phase.getName() + "' is not iodide alone)");
        }
        double gap = TwoDBandEdges.opticalGapEv(n);
        derived.add(String.format("optical gap %.3f eV (lead-iodide series at n = %d, Stoumpos 2016/2017)", gap, n));
        return gap;
    }

    /**
     * Quasiparticle-gap widening over the film: the 2D gap plus its exciton binding energy (Blancon 2018, at the
     * dominant n) minus the film's transport gap (Ec - Ev, its band edges); without n phases, the optical gaps'
     * difference.
     */
    private static double wideningEv(org.heterostack.model.Layer layer, int n, double gapEv, Layer film,
            double filmGapEv, List<String> derived) {
        if (n < 1) {
            return gapEv - filmGapEv;
        }
        double bindingMeV = TwoDBandEdges.excitonBindingMeV(n);
        if (layer.effectiveValue(SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV) == null
                || layer.effectiveValue(SEMICONDUCTOR_PARAMETERS__IONISATION_ENERGY_EV) == null) {
            derived.add(String.format("exciton binding energy %.0f meV (lead-iodide series at n = %d, Blancon 2018)",
                    bindingMeV, n));
        }
        return gapEv + bindingMeV / 1000 - (film.conductionBandEv() - film.valenceBandEv());
    }

    /** Band edges: the layer's, else the film's shifted apart by the gap widening, split by the conduction share. */
    private static double[] bandEdges(org.heterostack.model.Layer layer, Layer film, double wideningEv, double gapEv,
            TwoDAssumptions assumptions, List<String> derived) {
        Double ea = layer.effectiveValue(SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV);
        Double ie = layer.effectiveValue(SEMICONDUCTOR_PARAMETERS__IONISATION_ENERGY_EV);
        if (ea != null && ie != null) {
            return new double[] {-ea, -ie};
        }
        if (ea != null || ie != null) {
            double ec = ea != null ? -ea : -ie + gapEv;
            derived.add(String.format("%s from the gap", ea != null ? "ionisation energy" : "electron affinity"));
            return new double[] {ec, ec - gapEv};
        }
        double[] edges = TwoDBandEdges.onFilm(film.conductionBandEv(), film.valenceBandEv(), wideningEv,
                assumptions.conductionShare());
        derived.add(String.format("band edges Ec %.3f eV, Ev %.3f eV (the film's, moved apart by the %.3f eV "
                + "quasiparticle-gap widening, split %.2f / %.2f between the bands, setting twod_conduction_share)",
                edges[0], edges[1], wideningEv, assumptions.conductionShare(), 1 - assumptions.conductionShare()));
        return edges;
    }

    private static TwoDLayerPhysics.Laminate laminate(Device device, org.heterostack.model.Layer layer,
            Perovskite2D phase, int n, TwoDAssumptions assumptions) throws EngineException {
        double slab = n * assumptions.octahedralAngstrom();
        double organic;
        if (phase.getInterlayerSpacingAngstrom() != null) {
            organic = phase.getInterlayerSpacingAngstrom() - slab;
            if (!(organic > 0)) {
                throw new EngineException(String.format("%s: interlayerSpacingAngstrom %.2f Å of '%s' leaves no "
                        + "organic layer above %d octahedral layers of %.2f Å", LayerParameters.label(device, layer),
                        phase.getInterlayerSpacingAngstrom(), phase.getName(), n, assumptions.octahedralAngstrom()));
            }
        } else if (!phase.getSpacers().isEmpty() && phase.getSpacers().get(0).getLengthAngstrom() != null) {
            int molecules = phase.getPhase() == Phase2D.RP ? 2 : 1;
            organic = molecules * phase.getSpacers().get(0).getLengthAngstrom();
        } else {
            organic = assumptions.organicAngstrom();
        }
        return new TwoDLayerPhysics.Laminate(slab, organic, cos2(phase.getOrientation()));
    }

    /** cos^2 of the angle between the stacking axis and the device normal. */
    private static double cos2(Orientation orientation) {
        return switch (orientation) {
            case PARALLEL -> 1;
            case VERTICAL -> 0;
            case OBLIQUE -> 0.5;
            default -> 1.0 / 3;
        };
    }

    private static String orientation(Perovskite2D phase) {
        return switch (phase.getOrientation()) {
            case PARALLEL -> "sheets parallel to the substrate";
            case VERTICAL -> "sheets perpendicular to the substrate";
            case OBLIQUE -> "sheets at 45 degrees to the substrate (assumed for OBLIQUE)";
            case RANDOM -> "randomly oriented sheets";
            default -> "orientation unknown, taken as random";
        };
    }

    private static double diffusivity(Device device, org.heterostack.model.Layer layer, EAttribute diffusivity,
            EAttribute mobility, TwoDLayerPhysics.Laminate laminate, double filmDiffusivity, TwoDAssumptions assumptions,
            double temperatureK, List<String> derived, List<String> notes) throws EngineException {
        if (layer.effectiveValue(diffusivity) != null || layer.effectiveValue(mobility) != null) {
            return LayerMapper.diffusivity(device, layer, diffusivity, mobility, temperatureK, notes);
        }
        if (laminate == null) {
            throw LayerParameters.missing(device, layer, diffusivity.getName() + " (nor n phases to derive it from)");
        }
        double transmission = TwoDLayerPhysics.transmission(laminate.organicAngstrom(), assumptions.barrierHeightEv(),
                assumptions.tunnellingMassRel());
        double d = laminate.normal(filmDiffusivity, filmDiffusivity * transmission);
        derived.add(String.format("%s %.3g m2/s (the film's through slabs of %.1f Å and organic layers of %.1f Å with "
                + "WKB transmission %.3g)", diffusivity.getName(), d, laminate.slabAngstrom(),
                laminate.organicAngstrom(), transmission));
        return d;
    }

    private static double valueOr(org.heterostack.model.Layer layer, EAttribute feature,
            TwoDLayerPhysics.Laminate laminate, DoubleSupplier derivation, List<String> derived, Device device)
            throws EngineException {
        Double own = layer.effectiveValue(feature);
        if (own != null) {
            return own;
        }
        if (laminate == null) {
            throw LayerParameters.missing(device, layer, feature.getName() + " (nor n phases to derive it from)");
        }
        double value = derivation.getAsDouble();
        derived.add(String.format("%s %.3g (laminate of the film's and the organic layer's)", feature.getName(),
                value));
        return value;
    }

    private static double orElse(org.heterostack.model.Layer layer, EAttribute feature, double fallback) {
        Double value = layer.effectiveValue(feature);
        return value == null ? fallback : value;
    }
}
