package org.heterostack.engine.device.internal.twod;

import java.util.List;

import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.EngineSettings;
import org.heterostack.engine.TwoDBandEdges;

/**
 * What the drift-diffusion engine assumes about a 2D phase whose device parameters the model does not hold; each is
 * an engine setting with unit, default and source (or "assumed").
 *
 * @param conductionShare        share of the 2D layer's gap widening over the 3D film taken by the conduction band
 * @param octahedralAngstrom     thickness of one octahedral layer in Å
 * @param organicAngstrom        organic layer thickness in Å when neither the interlayer spacing nor the spacer's
 *                               length is known
 * @param organicPermittivity    relative permittivity of the organic layer
 * @param barrierHeightEv        tunnelling barrier height of the organic layer in eV
 * @param tunnellingMassRel      tunnelling mass in the organic layer in m0
 * @param passivationFactor      factor by which a 2D phase lowers the recombination velocities of the 3D surface it
 *                               covers (and the grain-boundary share of the film's SRH recombination)
 * @param grainBoundaryShare     share of the film's SRH recombination that happens at grain boundaries
 */
public record TwoDAssumptions(double conductionShare, double octahedralAngstrom, double organicAngstrom,
        double organicPermittivity, double barrierHeightEv, double tunnellingMassRel, double passivationFactor,
        double grainBoundaryShare) {

    static final String SHARE = "twod_conduction_share";
    static final String OCTAHEDRAL = "twod_octahedral_spacing";
    static final String ORGANIC = "twod_organic_thickness";
    static final String PERMITTIVITY = "twod_organic_permittivity";
    static final String BARRIER = "twod_barrier_height";
    static final String MASS = "twod_tunnelling_mass";
    static final String PASSIVATION = "twod_passivation_factor";
    static final String GRAIN_BOUNDARIES = "twod_grain_boundary_share";

    /** The settings' defaults. */
    public static final TwoDAssumptions DEFAULTS = new TwoDAssumptions(TwoDBandEdges.MEASURED_CONDUCTION_SHARE, 6.3,
            7.5, 2.1, 3.0, 1.0, 10, 0.5);

    /** Validates the ranges (the settings' bounds). */
    public TwoDAssumptions {
        if (!(conductionShare >= 0 && conductionShare <= 1 && octahedralAngstrom > 0 && organicAngstrom > 0
                && organicPermittivity >= 1 && barrierHeightEv > 0 && tunnellingMassRel > 0 && passivationFactor >= 1
                && grainBoundaryShare >= 0 && grainBoundaryShare <= 1)) {
            throw new IllegalArgumentException("2D assumptions out of range: " + this);
        }
    }

    /** @return the engine settings, with unit, default and source */
    public static List<EngineSetting> settings() {
        TwoDAssumptions d = DEFAULTS;
        return List.of(
                EngineSetting.number(SHARE, d.conductionShare, "1", 0, 1, "share of a 2D layer's quasiparticle-gap "
                        + "widening over the 3D film that raises its conduction band (the rest lowers its valence "
                        + "band); 2/3 measured on (BA)2PbI4 by UPS/IPES, EA 3.1 / IE 5.8 eV against MAPbI3's 3.9 / "
                        + "5.4 eV (Silver et al., Adv. Energy Mater. 8, 1703468 (2018); Schulz et al., Energy "
                        + "Environ. Sci. 7, 1377 (2014)); the empirical photophysics engine's conduction_fraction has "
                        + "the same default, so band diagram and device agree"),
                EngineSetting.number(OCTAHEDRAL, d.octahedralAngstrom, "Å", 1, 20, "thickness of one octahedral "
                        + "layer of a 2D slab (lead iodides, Stoumpos et al., Chem. Mater. 28, 2852 (2016))"),
                EngineSetting.number(ORGANIC, d.organicAngstrom, "Å", 1, 50, "organic layer thickness of a 2D phase "
                        + "without interlayerSpacingAngstrom or spacer lengthAngstrom: (BA)2PbI4's 13.8 Å spacing "
                        + "minus one octahedral layer (Stoumpos 2016)"),
                EngineSetting.number(PERMITTIVITY, d.organicPermittivity, "1", 1, 20, "relative permittivity of the "
                        + "organic layer (alkylammonium, Hong, Ishihara, Nurmikko, Phys. Rev. B 45, 6961 (1992))"),
                EngineSetting.number(BARRIER, d.barrierHeightEv, "eV", 0.01, 10, "tunnelling barrier height of the "
                        + "organic layer for out-of-plane transport; 3.0 eV for saturated alkylammonium layers, as the "
                        + "photophysics engines (Even, Pedesseau, Katan, ChemPhysChem 15, 3733 (2014): hard "
                        + "barriers; estimate, assumed); conjugated spacers need a lower value"),
                EngineSetting.number(MASS, d.tunnellingMassRel, "m0", 0.01, 10, "tunnelling mass in the organic "
                        + "layer (free electron, assumed)"),
                EngineSetting.number(PASSIVATION, d.passivationFactor, "1", 1, 1e6, "factor by which a 2D phase "
                        + "lowers the recombination velocities of the 3D surface it covers and the grain-boundary "
                        + "share of the film's SRH recombination (assumed)"),
                EngineSetting.number(GRAIN_BOUNDARIES, d.grainBoundaryShare, "1", 0, 1, "share of the 3D film's SRH "
                        + "recombination that happens at its grain boundaries, which a 2D phase there passivates "
                        + "(assumed)"));
    }

    /**
     * @param settings the resolved settings of a run (declaring {@link #settings()})
     * @return the assumptions they set
     */
    public static TwoDAssumptions from(EngineSettings settings) {
        return new TwoDAssumptions(settings.number(SHARE), settings.number(OCTAHEDRAL), settings.number(ORGANIC),
                settings.number(PERMITTIVITY), settings.number(BARRIER), settings.number(MASS),
                settings.number(PASSIVATION), settings.number(GRAIN_BOUNDARIES));
    }

    /**
     * @param recombination a rate (velocity, inverse lifetime) of the uncovered 3D surface or film
     * @param coverage      the covered share, [0, 1]
     * @param share         the share of the rate the 2D phase acts on, [0, 1]
     * @return the rate with the covered part divided by the passivation factor
     */
    public double passivated(double recombination, double coverage, double share) {
        double acted = coverage * share;
        return recombination * (1 - acted + acted / passivationFactor);
    }
}
