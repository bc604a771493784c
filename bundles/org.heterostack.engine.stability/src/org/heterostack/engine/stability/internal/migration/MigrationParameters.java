package org.heterostack.engine.stability.internal.migration;

import static org.heterostack.engine.stability.internal.common.Parameter.ASSUMED;

import java.util.List;
import java.util.Locale;

import org.heterostack.engine.stability.internal.common.Parameter;
import org.heterostack.engine.stability.internal.common.ParameterSet;
import org.heterostack.engine.stability.internal.common.SpacerClass;
import org.heterostack.engine.stability.internal.common.Uncertainty;

/** Names and defaults of the parameters of {@link MigrationModel}. */
public final class MigrationParameters {

    /** Multiplier of D0 for spacers cross-linked in place. */
    public static final String CROSS_LINK_SUPPRESSION = "migration.cross_link_suppression";
    /** Highest n still counted as a 2D (confined) phase. */
    public static final String N_MAX_2D = "migration.n_max_2d";

    private static final String EA_SOURCE_NOTE = " Activation energies are of the order of A-site cation vacancy "
            + "migration in MAPbI3 (0.84 eV, Eames et al., Nat. Commun. 6, 7497 (2015)).";

    private MigrationParameters() {
    }

    /** @return name of the diffusion prefactor D0 of a spacer class, in m^2/s */
    public static String prefactorName(SpacerClass spacerClass) {
        return "migration." + spacerClass.name().toLowerCase(Locale.ROOT) + ".d0_m2_per_s";
    }

    /** @return name of the diffusion activation energy of a spacer class, in eV */
    public static String activationEnergyName(SpacerClass spacerClass) {
        return "migration." + spacerClass.name().toLowerCase(Locale.ROOT) + ".activation_energy_ev";
    }

    /** @return the default parameters with their sources */
    public static ParameterSet defaults() {
        return ParameterSet.of(List.of(
                d0(SpacerClass.ALKYL, 1.0e-10, "Alkyl ammoniums (OA, BA) accumulate at the top surface (Park et al., "
                        + "Science 381, 209 (2023), review ref. 143): smaller D0 and larger Ea than aryl; gives "
                        + "sqrt(D t) of about 4 nm after 1000 h at 85 °C."),
                ea(SpacerClass.ALKYL, 0.95),
                d0(SpacerClass.ARYL, 5.0e-10, "Aryl ammoniums (PEA, FPEA) show a rather uniform depth distribution "
                        + "(review ref. 143): calibrated to sqrt(D t) of about 100 nm after 1000 h at 85 °C."),
                ea(SpacerClass.ARYL, 0.80),
                d0(SpacerClass.BULKY_CONJUGATED, 1.0e-10, "Bulky conjugated ligands suppress ion migration and are "
                        + "expected to impede reconstruction (review refs. 151-153): about 2 nm after 1000 h at "
                        + "85 °C."),
                ea(SpacerClass.BULKY_CONJUGATED, 1.00),
                Parameter.ofDefault(CROSS_LINK_SUPPRESSION, 1.0e-3, "1", ASSUMED,
                        "Factor on D0 for ligands polymerised in place (VBA; Proppe et al., J. Am. Chem. Soc. "
                                + "141, 14180 (2019), review ref. 144): the in-plane polymer chain impedes diffusion; "
                                + "1e-3 shortens sqrt(D t) about 30-fold.",
                        Uncertainty.decades(1.0)),
                Parameter.ofDefault(N_MAX_2D, 6, "1", ASSUMED,
                        "Highest n counted as a 2D phase; thicker slabs are counted as bulk-like 3D (the band gap "
                                + "at n = 5 is already 1.83 eV vs about 1.6 eV bulk, Stoumpos et al. 2016). "
                                + "Must be an integer.",
                        Uncertainty.NONE)));
    }

    private static Parameter d0(SpacerClass c, double value, String description) {
        return Parameter.ofDefault(prefactorName(c), value, "m^2/s", ASSUMED,
                "Diffusion prefactor D0 of D = D0 exp(-Ea/kT). " + description, Uncertainty.decades(1.0));
    }

    private static Parameter ea(SpacerClass c, double value) {
        return Parameter.ofDefault(activationEnergyName(c), value, "eV", ASSUMED,
                "Diffusion activation energy Ea of D = D0 exp(-Ea/kT) for the " + c.name().toLowerCase(Locale.ROOT)
                        + " class." + EA_SOURCE_NOTE,
                Uncertainty.absolute(0.1));
    }
}
