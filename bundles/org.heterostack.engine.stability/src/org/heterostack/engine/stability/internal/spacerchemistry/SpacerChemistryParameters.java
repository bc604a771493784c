package org.heterostack.engine.stability.internal.spacerchemistry;

import static org.heterostack.engine.stability.internal.common.Parameter.ASSUMED;

import java.util.List;

import org.heterostack.engine.stability.internal.common.Parameter;
import org.heterostack.engine.stability.internal.common.ParameterSet;
import org.heterostack.engine.stability.internal.common.Uncertainty;

/** Names and defaults of the parameters of {@link SpacerChemistryModel}. */
public final class SpacerChemistryParameters {

    /** Effective pH of the film (-log10 of the effective proton activity). */
    public static final String EFFECTIVE_PH = "chemistry.effective_ph";
    /** Ionisation enthalpy of the spacer ammonium (van 't Hoff temperature dependence of pKa). */
    public static final String IONISATION_ENTHALPY = "chemistry.ionisation_enthalpy_kj_per_mol";
    /** Temperature at which the tabulated pKa holds. */
    public static final String PKA_REFERENCE_TEMPERATURE = "chemistry.pka_reference_temperature_k";
    /** Arrhenius prefactor A of amidine formation between the neutral amine and FA+. */
    public static final String PREFACTOR = "chemistry.prefactor_per_s";
    /** Activation energy of amidine formation. */
    public static final String ACTIVATION_ENERGY = "chemistry.activation_energy_ev";
    /** Linear light acceleration of the reaction per sun. */
    public static final String LIGHT_ACCELERATION = "chemistry.light_acceleration_per_sun";
    /** pKa used as the neutral point of the risk attribution. */
    public static final String REFERENCE_PKA = "chemistry.reference_pka";
    /** Reacted fraction below which no risk is named. */
    public static final String NEGLIGIBLE_FRACTION = "chemistry.negligible_reacted_fraction";

    private SpacerChemistryParameters() {
    }

    /** @return the default parameters with their sources */
    public static ParameterSet defaults() {
        return ParameterSet.of(List.of(
                Parameter.ofDefault(EFFECTIVE_PH, 7.0, "pH", ASSUMED,
                        "Effective proton activity of the film, -log10 a(H+); sets the fraction of spacer present "
                                + "as neutral amine, f = 1/(1+10^(pKa(T)-pH)). Neutral (7) chosen for lack of a "
                                + "measured film acidity; only differences in pKa matter for the ranking of spacers.",
                        Uncertainty.absolute(1.5)),
                Parameter.ofDefault(IONISATION_ENTHALPY, 55.0, "kJ/mol", ASSUMED,
                        "Standard enthalpy of R-NH3+ -> R-NH2 + H+, gives pKa(T) = pKa(Tref) + dH/(R ln10) "
                                + "(1/T - 1/Tref) (van 't Hoff). Order of magnitude of primary ammonium ions "
                                + "(about 50-60 kJ/mol, e.g. methylammonium); taken equal for all spacers.",
                        Uncertainty.absolute(10.0)),
                Parameter.ofDefault(PKA_REFERENCE_TEMPERATURE, 298.15, "K",
                        "convention of aqueous pKa tables (25 °C)",
                        "Temperature at which the spacer's tabulated pKa applies.", Uncertainty.NONE),
                Parameter.ofDefault(PREFACTOR, 7.26e6, "1/s", ASSUMED,
                        "Arrhenius prefactor A of amidine formation (neutral amine + FA+ -> methaniminium + NH3), "
                                + "k = A exp(-Ea/kT). Calibrated so that PEA (pKa 9.8) is half reacted after "
                                + "about 500 h at 85 °C and 1 sun with the other defaults (order of the 85 °C/1 sun "
                                + "degradation reported by Wang et al., Nat. Energy 8, 1229 (2023)); A and Ea are "
                                + "correlated, so varying one alone overstates the uncertainty.",
                        Uncertainty.decades(1.0)),
                Parameter.ofDefault(ACTIVATION_ENERGY, 0.9, "eV", ASSUMED,
                        "Activation energy of amidine formation; typical of thermally activated solid-state "
                                + "reactions in halide perovskites (0.5-1.2 eV).",
                        Uncertainty.absolute(0.1)),
                Parameter.ofDefault(LIGHT_ACCELERATION, 3.0, "1/sun", ASSUMED,
                        "Rate multiplier (1 + beta I): the reaction with FA+ was observed at 85 °C under "
                                + "illumination (Wang et al., Nat. Energy 8, 1229 (2023)); the magnitude is assumed.",
                        Uncertainty.decades(0.5)),
                Parameter.ofDefault(REFERENCE_PKA, 10.66, "1",
                        "methylammonium pKa, docs/science.md §1.2 (Perrin 1965)",
                        "pKa regarded as neutral in the risk attribution: a spacer more acidic than "
                                + "methylammonium is flagged as 'low pKa'.",
                        Uncertainty.NONE),
                Parameter.ofDefault(NEGLIGIBLE_FRACTION, 0.05, "1", ASSUMED,
                        "Reacted fraction at the end of the horizon below which no reactivity risk is named.",
                        Uncertainty.NONE)));
    }
}
