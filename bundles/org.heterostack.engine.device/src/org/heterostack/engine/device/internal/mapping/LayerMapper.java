package org.heterostack.engine.device.internal.mapping;

import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ABSORPTION_COEFFICIENT_PER_M;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ACCEPTOR_DENSITY_PER_M3;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__AUGER_ELECTRON_COEFFICIENT_M6_PER_S;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__AUGER_HOLE_COEFFICIENT_M6_PER_S;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__BAND_GAP_EV;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__CONDUCTION_BAND_DOS_PER_M3;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__DONOR_DENSITY_PER_M3;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ELECTRON_DIFFUSIVITY_M2_PER_S;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ELECTRON_MOBILITY_CM2_PER_VS;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ELECTRON_SRH_LIFETIME_NS;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__HOLE_DIFFUSIVITY_M2_PER_S;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__HOLE_MOBILITY_CM2_PER_VS;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__HOLE_SRH_LIFETIME_NS;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__IONISATION_ENERGY_EV;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__RADIATIVE_COEFFICIENT_M3_PER_S;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__RELATIVE_PERMITTIVITY;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__VALENCE_BAND_DOS_PER_M3;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.heterostack.engine.EngineException;
import org.heterostack.engine.PhysicalConstants;
import org.heterostack.engine.device.internal.driftdiffusion.BulkRecombination;
import org.heterostack.engine.device.internal.driftdiffusion.Layer;
import org.heterostack.model.CarrierSpecies;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackPackage;
import org.heterostack.model.LayerRole;

/**
 * One model layer -> one drift-diffusion layer (SI units; Ec = -EA, Ev = -IE). A carrier a layer does not
 * conduct gets diffusivity 0; its band edge and DOS, which then never enter the equations, are filled in
 * (Ev = Ec - 3 eV, gv = gc, as IonMonger's one-carrier transport layers) when the model leaves them unset.
 * Diffusivities come from the model, else from mobilities by the Einstein relation D = mu kT/q.
 */
final class LayerMapper {

    private static final double CM2_TO_M2 = 1e-4;
    private static final double NS_TO_S = 1e-9;
    /** Band offset used for the band of a carrier that a layer does not conduct (never enters the equations). */
    private static final double ABSENT_BAND_OFFSET_EV = 3;
    /**
     * Largest diffusivity the engine accepts, m2/s: 1 m2/s is a mobility of about 39,000 cm2/(V s) at 300 K, above
     * any semiconductor in a solar cell (crystalline GaAs electrons: 0.22 m2/s); perovskites and transport layers
     * lie between 1e-10 and 1e-3 m2/s. Larger values make the equations too stiff to integrate.
     */
    static final double MAX_DIFFUSIVITY_M2_PER_S = 1;
    /**
     * Shortest SRH lifetime the engine accepts, ns (1 ps): drift-diffusion assumes thermalised carriers, and hot
     * carriers in lead-halide perovskites cool in about 0.3-1 ps (Yang et al., Nat. Photonics 10, 53 (2016)); the
     * shortest lifetimes reported for perovskites and their 2D phases are 0.1-1 ns. Shorter values are outside the
     * model and make the equations too stiff to integrate.
     */
    static final double MIN_SRH_LIFETIME_NS = 1e-3;

    private LayerMapper() {
    }

    /**
     * @param device the device (messages)
     * @param layer the model layer
     * @param hostsIons whether the mobile ions live in this layer
     * @param temperatureK temperature for the Einstein relation
     * @param notes assumptions in force, appended
     * @return the numerics layer
     * @throws EngineException naming the layer and the missing attribute
     */
    static Layer map(Device device, org.heterostack.model.Layer layer, boolean hostsIons, double temperatureK,
            List<String> notes) throws EngineException {
        CarrierSpecies carriers = carriers(device, layer);
        boolean electrons = carriers != CarrierSpecies.HOLES;
        boolean holes = carriers != CarrierSpecies.ELECTRONS;
        String label = LayerParameters.label(device, layer);
        double thicknessM = ValidityRange.THICKNESS.check(label, "thicknessNm",
                LayerParameters.thicknessNm(device, layer)) * 1e-9;
        double eps = ValidityRange.PERMITTIVITY.check(label, "relativePermittivity",
                LayerParameters.require(device, layer, SEMICONDUCTOR_PARAMETERS__RELATIVE_PERMITTIVITY));
        double[] bands = bandEdges(device, layer, electrons, holes);
        double gc = electrons ? LayerParameters.require(device, layer, SEMICONDUCTOR_PARAMETERS__CONDUCTION_BAND_DOS_PER_M3)
                : orElse(layer, SEMICONDUCTOR_PARAMETERS__CONDUCTION_BAND_DOS_PER_M3,
                        LayerParameters.require(device, layer, SEMICONDUCTOR_PARAMETERS__VALENCE_BAND_DOS_PER_M3));
        double gv = holes ? LayerParameters.require(device, layer, SEMICONDUCTOR_PARAMETERS__VALENCE_BAND_DOS_PER_M3)
                : orElse(layer, SEMICONDUCTOR_PARAMETERS__VALENCE_BAND_DOS_PER_M3, gc);
        ValidityRange.DENSITY_OF_STATES.check(label, "conductionBandDosPerM3", gc);
        ValidityRange.DENSITY_OF_STATES.check(label, "valenceBandDosPerM3", gv);
        double dn = electrons ? diffusivity(device, layer, SEMICONDUCTOR_PARAMETERS__ELECTRON_DIFFUSIVITY_M2_PER_S,
                SEMICONDUCTOR_PARAMETERS__ELECTRON_MOBILITY_CM2_PER_VS, temperatureK, notes) : 0;
        double dp = holes ? diffusivity(device, layer, SEMICONDUCTOR_PARAMETERS__HOLE_DIFFUSIVITY_M2_PER_S,
                SEMICONDUCTOR_PARAMETERS__HOLE_MOBILITY_CM2_PER_VS, temperatureK, notes) : 0;
        double nd = orElse(layer, SEMICONDUCTOR_PARAMETERS__DONOR_DENSITY_PER_M3, 0);
        double na = orElse(layer, SEMICONDUCTOR_PARAMETERS__ACCEPTOR_DENSITY_PER_M3, 0);
        Double alpha = layer.effectiveValue(SEMICONDUCTOR_PARAMETERS__ABSORPTION_COEFFICIENT_PER_M);
        if (alpha == null && layer.getRole() == LayerRole.ABSORBER) {
            throw LayerParameters.missing(device, layer, "absorptionCoefficientPerM");
        }
        if (alpha == null && electrons && holes) {
            notes.add(LayerParameters.label(device, layer) + " has no absorptionCoefficientPerM: taken as transparent");
        }
        BulkRecombination recombination = electrons && holes ? recombination(device, layer, notes)
                : BulkRecombination.none();
        try {
            return new Layer(layer.getName(), thicknessM, eps, bands[0], bands[1], gc, gv, dn, dp, nd, na,
                    alpha == null ? 0 : alpha, recombination, hostsIons);
        } catch (RuntimeException e) {
            throw new EngineException(LayerParameters.label(device, layer) + " is not valid: " + e.getMessage(), e);
        }
    }

    /**
     * Which carriers a layer conducts: its {@code carriers} attribute when set, else by role (ETL electrons,
     * HTL holes, every other role both).
     */
    static CarrierSpecies carriers(Device device, org.heterostack.model.Layer layer) throws EngineException {
        CarrierSpecies carriers;
        if (layer.eIsSet(HeterostackPackage.Literals.LAYER__CARRIERS)) {
            carriers = layer.getCarriers();
        } else if (layer.getRole() == LayerRole.ETL) {
            carriers = CarrierSpecies.ELECTRONS;
        } else if (layer.getRole() == LayerRole.HTL) {
            carriers = CarrierSpecies.HOLES;
        } else {
            carriers = CarrierSpecies.BOTH;
        }
        if (carriers == CarrierSpecies.NONE) {
            throw new EngineException(LayerParameters.label(device, layer)
                    + " conducts no carriers (carriers NONE); insulating layers are not supported by this engine");
        }
        return carriers;
    }

    private static double[] bandEdges(Device device, org.heterostack.model.Layer layer, boolean electrons,
            boolean holes) throws EngineException {
        Double ea = layer.effectiveValue(SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV);
        Double ie = layer.effectiveValue(SEMICONDUCTOR_PARAMETERS__IONISATION_ENERGY_EV);
        Double gap = layer.effectiveValue(SEMICONDUCTOR_PARAMETERS__BAND_GAP_EV);
        if (electrons && ea == null) {
            throw LayerParameters.missing(device, layer, "electronAffinityEv");
        }
        if (holes && ie == null) {
            if (ea != null && gap != null && electrons) {
                ie = ea + gap;
            } else {
                throw LayerParameters.missing(device, layer, "ionisationEnergyEv");
            }
        }
        double offset = gap != null ? gap : ABSENT_BAND_OFFSET_EV;
        double ec;
        double ev;
        if (electrons) {
            ec = -ea;
            ev = ie != null ? -ie : ec - offset;
        } else {
            ev = -ie;
            ec = ea != null ? -ea : ev + offset;
        }
        if (!(ec > ev)) {
            throw new EngineException(LayerParameters.label(device, layer) + " has ionisationEnergyEv " + -ev
                    + " not above electronAffinityEv " + -ec);
        }
        return new double[] {ec, ev};
    }

    /**
     * The layer's diffusivity: its own (or its material's), else from its mobility (Einstein relation).
     *
     * @throws EngineException naming the layer when neither is known or the value is outside the validity range
     */
    static double diffusivity(Device device, org.heterostack.model.Layer layer, EAttribute diffusivity,
            EAttribute mobility, double temperatureK, List<String> notes) throws EngineException {
        Double d = layer.effectiveValue(diffusivity);
        if (d != null) {
            return withinValidity(device, layer, diffusivity.getName(), d);
        }
        Double mu = layer.effectiveValue(mobility);
        if (mu == null) {
            throw LayerParameters.missing(device, layer, diffusivity.getName() + " (nor " + mobility.getName() + ")");
        }
        double einstein = mu * CM2_TO_M2 * PhysicalConstants.thermalVoltageV(temperatureK);
        notes.add(String.format("%s: %s %.4g m2/s from %s %s cm2/Vs (Einstein relation D = mu kT/q)",
                LayerParameters.label(device, layer), diffusivity.getName(), einstein, mobility.getName(), mu));
        return withinValidity(device, layer, diffusivity.getName() + " (from " + mobility.getName() + ")", einstein);
    }

    private static double withinValidity(Device device, org.heterostack.model.Layer layer, String what,
            double diffusivityM2PerS) throws EngineException {
        if (diffusivityM2PerS > MAX_DIFFUSIVITY_M2_PER_S) {
            throw new EngineException(String.format("%s has %s %.4g m2/s, outside the engine's validity range "
                    + "(at most %s m2/s, a mobility of about 39,000 cm2/(V s))", LayerParameters.label(device, layer),
                    what, diffusivityM2PerS, MAX_DIFFUSIVITY_M2_PER_S));
        }
        return diffusivityM2PerS;
    }

    /** The layer's bulk recombination from its lifetimes and coefficients (none where unset). */
    static BulkRecombination recombination(Device device, org.heterostack.model.Layer layer, List<String> notes)
            throws EngineException {
        Double tauN = layer.effectiveValue(SEMICONDUCTOR_PARAMETERS__ELECTRON_SRH_LIFETIME_NS);
        Double tauP = layer.effectiveValue(SEMICONDUCTOR_PARAMETERS__HOLE_SRH_LIFETIME_NS);
        if ((tauN == null) != (tauP == null)) {
            throw LayerParameters.missing(device, layer, tauN == null ? "electronSrhLifetimeNs" : "holeSrhLifetimeNs");
        }
        if (tauN == null) {
            notes.add(LayerParameters.label(device, layer) + " has no SRH lifetimes: no bulk SRH recombination");
        } else {
            lifetimeWithinValidity(device, layer, "electronSrhLifetimeNs", tauN);
            lifetimeWithinValidity(device, layer, "holeSrhLifetimeNs", tauP);
        }
        try {
            return new BulkRecombination(tauN == null ? Double.POSITIVE_INFINITY : tauN * NS_TO_S,
                    tauP == null ? Double.POSITIVE_INFINITY : tauP * NS_TO_S,
                    orElse(layer, SEMICONDUCTOR_PARAMETERS__RADIATIVE_COEFFICIENT_M3_PER_S, 0),
                    orElse(layer, SEMICONDUCTOR_PARAMETERS__AUGER_ELECTRON_COEFFICIENT_M6_PER_S, 0),
                    orElse(layer, SEMICONDUCTOR_PARAMETERS__AUGER_HOLE_COEFFICIENT_M6_PER_S, 0));
        } catch (RuntimeException e) {
            throw new EngineException(LayerParameters.label(device, layer) + " has invalid recombination parameters: "
                    + e.getMessage(), e);
        }
    }

    private static void lifetimeWithinValidity(Device device, org.heterostack.model.Layer layer, String what,
            double lifetimeNs) throws EngineException {
        if (lifetimeNs < MIN_SRH_LIFETIME_NS) {
            throw new EngineException(String.format("%s has %s %.4g ns, outside the engine's validity range (at least "
                    + "%s ns: drift-diffusion assumes carriers that have cooled, which takes about 1 ps)",
                    LayerParameters.label(device, layer), what, lifetimeNs, MIN_SRH_LIFETIME_NS));
        }
    }

    private static double orElse(org.heterostack.model.Layer layer, EAttribute feature, double fallback) {
        Double value = layer.effectiveValue(feature);
        return value == null ? fallback : value;
    }
}
