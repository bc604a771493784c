package org.heterostack.engine.photophysics.internal.engines;

import java.util.List;

import org.heterostack.engine.EngineException;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.EngineSettings;
import org.heterostack.engine.photophysics.internal.alignment.ExtractionRules;

/** Settings both photophysics engines share (Saha balance, tunnelling, dipole, extraction threshold). */
final class CommonSettings {

    static final String DENSITY = "excitation_density";
    static final String TEMPERATURE = "temperature";
    static final String A_OCT = "octahedral_spacing";
    static final String BARRIER_HEIGHT = "tunnelling_barrier_height";
    static final String TUNNELLING_MASS = "tunnelling_mass";
    static final String DIPOLE_EPS = "dipole_layer_permittivity";
    static final String THRESHOLD = "extraction_threshold";

    static final List<EngineSetting> SETTINGS = List.of(
            EngineSetting.number(DENSITY, 1e21, "m^-3",
                    "total excitation density of the Saha balance; 1e21 m^-3 = 1e15 cm^-3, about the carrier density "
                            + "of a perovskite film at 1 sun (assumed)"),
            EngineSetting.number(TEMPERATURE, 300, "K", "temperature of the Saha balance (assumed room temperature)"),
            EngineSetting.number(A_OCT, 6.3, "Å",
                    "octahedral layer thickness used to split a measured interlayer spacing into slab and organic gap "
                            + "(6.3 Å for lead iodides, docs/science.md §2.2; Stoumpos et al. 2016)"),
            EngineSetting.number(BARRIER_HEIGHT, 3.0, "eV",
                    "tunnelling barrier height phi of the organic layer; 3.0 eV is the estimate for saturated "
                            + "alkylammonium layers of the quantum-well model (Even, Pedesseau, Katan, ChemPhysChem 15, "
                            + "3733 (2014) treat them as hard barriers); conjugated spacers need a lower value (assumed)"),
            EngineSetting.number(TUNNELLING_MASS, 1.0, "m0", "tunnelling effective mass (free electron, assumed)"),
            EngineSetting.number(DIPOLE_EPS, 2.1, "1",
                    "relative permittivity of the ligand dipole layer; 2.1 of the alkylammonium layer (Hong, Ishihara, "
                            + "Nurmikko, Phys. Rev. B 45, 6961 (1992))"),
            EngineSetting.number(THRESHOLD, ExtractionRules.DEFAULT_THRESHOLD_EV, "eV",
                    "barrier above which a carrier counts as blocked; 0.1 eV, about 4 kT at 300 K (assumed)"));

    private CommonSettings() {
    }

    /** A declared numeric setting that must be positive. */
    static double positive(EngineSettings settings, String name) throws EngineException {
        double value = settings.number(name);
        if (!(value > 0)) {
            throw new EngineException("setting " + name + " must be positive, was " + value);
        }
        return value;
    }
}
