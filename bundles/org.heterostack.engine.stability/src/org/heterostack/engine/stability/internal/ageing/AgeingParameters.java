package org.heterostack.engine.stability.internal.ageing;

import static org.heterostack.engine.stability.internal.common.Parameter.ASSUMED;

import java.util.List;

import org.heterostack.engine.stability.internal.common.Parameter;
import org.heterostack.engine.stability.internal.common.ParameterSet;
import org.heterostack.engine.stability.internal.common.Uncertainty;
import org.heterostack.engine.stability.internal.migration.MigrationParameters;
import org.heterostack.engine.stability.internal.spacerchemistry.SpacerChemistryParameters;

/** Names and defaults of the parameters of {@link AgeingProjectionModel}. */
public final class AgeingParameters {

    /** Relative efficiency loss when all spacer has reacted with FA+. */
    public static final String CHEMICAL_LOSS = "ageing.chemical_loss_coefficient";
    /** Relative efficiency loss when all spacer has left the capping layer. */
    public static final String RECONSTRUCTION_LOSS = "ageing.reconstruction_loss_coefficient";
    /** Arrhenius prefactor of the spacer-independent baseline degradation. */
    public static final String BASELINE_PREFACTOR = "ageing.baseline.prefactor_per_s";
    /** Activation energy of the baseline degradation. */
    public static final String BASELINE_EA = "ageing.baseline.activation_energy_ev";
    /** Light acceleration of the baseline degradation. */
    public static final String BASELINE_LIGHT = "ageing.baseline.light_acceleration_per_sun";
    /** Arrhenius prefactor of moisture-induced degradation. */
    public static final String MOISTURE_PREFACTOR = "ageing.moisture.prefactor_per_s";
    /** Activation energy of moisture-induced degradation. */
    public static final String MOISTURE_EA = "ageing.moisture.activation_energy_ev";
    /** Peck humidity exponent. */
    public static final String HUMIDITY_EXPONENT = "ageing.moisture.humidity_exponent";
    /** Decades of water-ingress reduction per logP unit above the reference. */
    public static final String LOGP_COEFFICIENT = "ageing.moisture.logp_coefficient";
    /** logP at which the hydrophobic protection factor is 1. */
    public static final String LOGP_REFERENCE = "ageing.moisture.logp_reference";
    /** Decades of water-ingress reduction per fluorine atom beyond its logP contribution. */
    public static final String FLUORINE_COEFFICIENT = "ageing.moisture.fluorine_coefficient";
    /** Fraction of ambient moisture reaching the device (1 = unencapsulated). */
    public static final String ENCAPSULATION = "ageing.moisture.encapsulation_factor";
    /** Apparent activation energy of the device used for the stress-to-use acceleration factor. */
    public static final String ACCELERATION_EA = "ageing.acceleration.activation_energy_ev";

    private AgeingParameters() {
    }

    /** @return the chemistry, migration and ageing defaults together: what {@link AgeingProjectionModel} needs */
    public static ParameterSet allDefaults() {
        return ParameterSet.union(SpacerChemistryParameters.defaults(), MigrationParameters.defaults(), defaults());
    }

    /** @return the ageing-specific default parameters with their sources */
    public static ParameterSet defaults() {
        return ParameterSet.of(List.of(
                p(CHEMICAL_LOSS, 0.5, "1", ASSUMED, "Relative efficiency loss if all spacer reacted with FA+ "
                        + "(NH3 release damages surfaces and grain boundaries, review section 7).",
                        Uncertainty.absolute(0.2)),
                p(RECONSTRUCTION_LOSS, 0.25, "1", ASSUMED, "Relative efficiency loss if all spacer left the capping "
                        + "layer; produces the early drop followed by a long tail reported by Perini et al., "
                        + "Adv. Mater. 2022, 2204726.", Uncertainty.absolute(0.1)),
                p(BASELINE_PREFACTOR, 8.6, "1/s", ASSUMED, "Prefactor of the spacer-independent first-order "
                        + "degradation of absorber and contacts; calibrated to T80 = 2000 h at 85 °C in the dark.",
                        Uncertainty.decades(1.0)),
                p(BASELINE_EA, 0.6, "eV", ASSUMED, "Activation energy of the baseline degradation.",
                        Uncertainty.absolute(0.1)),
                p(BASELINE_LIGHT, 1.0, "1/sun", ASSUMED, "Baseline rate multiplier (1 + gamma I) under light.",
                        Uncertainty.absolute(0.5)),
                p(MOISTURE_PREFACTOR, 3.46, "1/s", ASSUMED, "Prefactor of moisture-induced first-order degradation "
                        + "k_w = A (RH/100)^n exp(-Ea/kT) P; calibrated to a moisture-only T80 of 300 h at "
                        + "85 °C/85 %RH for an unencapsulated device with a PEA-like (logP = reference) cap.",
                        Uncertainty.decades(1.0)),
                p(MOISTURE_EA, 0.5, "eV", ASSUMED, "Activation energy of moisture-induced degradation.",
                        Uncertainty.absolute(0.1)),
                p(HUMIDITY_EXPONENT, 2.66, "1", "D. S. Peck, Proc. IEEE IRPS 1986, 44 (humidity power law; "
                        + "its transfer to perovskites is assumed)", "Exponent n of (RH/100)^n in the moisture "
                        + "rate and of the humidity acceleration factor.", Uncertainty.absolute(0.5)),
                p(LOGP_COEFFICIENT, 0.5, "decade", ASSUMED, "Hydrophobic protection P = 10^-(b (logP - logP_ref) "
                        + "+ b_F nF): decades of water-ingress reduction per logP unit of the spacer (moisture "
                        + "stability tuned by ligand hydrophobicity and chain length, review refs. 100, 135, 136).",
                        Uncertainty.absolute(0.25)),
                p(LOGP_REFERENCE, 1.41, "1", "experimental logP of phenethylamine (C. Hansch, A. Leo, D. Hoekman, "
                        + "Exploring QSAR, ACS 1995)", "logP at which P = 1; set it to the toolkit's logP of "
                        + "phenethylamine when the adapter supplies computed logP.", Uncertainty.NONE),
                p(FLUORINE_COEFFICIENT, 0.15, "decade", ASSUMED, "Additional decades of water-ingress reduction per "
                        + "fluorine atom (low surface energy of C-F beyond its logP increment).",
                        Uncertainty.absolute(0.1)),
                p(ENCAPSULATION, 1.0, "1", ASSUMED, "Fraction of the ambient moisture reaching the device: 1 "
                        + "unencapsulated, smaller for encapsulated devices.", Uncertainty.NONE),
                p(ACCELERATION_EA, 0.6, "eV", ASSUMED, "Apparent device activation energy in "
                        + "AF = exp(Ea/k (1/Tuse - 1/Tstress)); equal to the baseline Ea by default.",
                        Uncertainty.absolute(0.2))));
    }

    private static Parameter p(String name, double value, String unit, String source, String description,
            Uncertainty uncertainty) {
        return Parameter.ofDefault(name, value, unit, source, description, uncertainty);
    }
}
