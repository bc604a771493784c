package org.heterostack.engine.photophysics.internal.engines;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.heterostack.engine.EngineDescriptor;
import org.heterostack.engine.EngineException;
import org.heterostack.engine.EngineProperties;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.EngineSettings;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.ResultBuilder;
import org.heterostack.engine.photophysics.internal.common.PhotophysicsException;
import org.heterostack.engine.photophysics.internal.common.PhotophysicsModel;
import org.heterostack.engine.photophysics.internal.empirical.ReferenceSeries;
import org.heterostack.engine.photophysics.internal.empirical.SeriesPoint;
import org.heterostack.engine.photophysics.internal.quantumwell.QuantumWellModel;
import org.heterostack.engine.photophysics.internal.quantumwell.QuantumWellParameters;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.Severity;
import org.osgi.service.component.annotations.Component;

/**
 * Photophysics from an effective-mass quantum well with dielectric (image-charge) confinement; no parameter is
 * fitted to the 2D series. Same result keys as {@link EmpiricalEngine}.
 */
@Component(service = IAnalysisEngine.class, property = { EngineProperties.ID + "=" + QuantumWellEngine.ID,
        EngineProperties.VERSION + "=" + QuantumWellEngine.VERSION, EngineProperties.CATEGORY + "=PHOTOPHYSICS" })
public class QuantumWellEngine extends PhotophysicsEngine {

    /** The engine id. */
    public static final String ID = "org.heterostack.engine.photophysics.quantumwell";

    /** The engine version. */
    public static final String VERSION = "1.0.0";

    private static final String EPS_BARRIER = "barrier_permittivity";
    private static final String WELL_BARRIER = "well_barrier_height";
    private static final String STATIC_PERMITTIVITY = "well_static_permittivity";
    private static final String PHONON = "lo_phonon_energy";
    private static final double GAP_TOLERANCE_EV = 0.15;
    private static final double BINDING_TOLERANCE = 0.30;
    /** Models by parameter set: a model keeps the wells it has solved, so a repeated run (same settings) is fast. */
    private static final Map<QuantumWellParameters, QuantumWellModel> MODELS = new ConcurrentHashMap<>();
    private static final int MODEL_CACHE_SIZE = 16;

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Photophysics (quantum well)", VERSION,
            EngineCategory.PHOTOPHYSICS, "Heterostack",
            List.of("L. V. Keldysh, JETP Lett. 29, 658 (1979); M. Kumagai, T. Takagahara, Phys. Rev. B 40, 2359 (1989): "
                    + "dielectric confinement",
                    "X. Hong, T. Ishihara, A. V. Nurmikko, Phys. Rev. B 45, 6961 (1992): well and barrier permittivities",
                    "K. Miyata et al., Nat. Phys. 11, 582 (2015): MAPbI3 reduced mass and exciton",
                    "H. Haken, Fortschr. Phys. 6, 271 (1958); J. Pollmann, H. Buttner, Phys. Rev. B 16, 4480 (1977): "
                            + "lattice (polaron) screening of the exciton",
                    "J. M. Frost, Phys. Rev. B 96, 195202 (2017): MAPbI3 static permittivity and LO phonon",
                    "P. Schulz et al., Energy Environ. Sci. 7, 1377 (2014): MAPbI3 band edges",
                    "C. C. Stoumpos et al., Chem. Mater. 28, 2852 (2016): octahedral spacing",
                    "M. Saba et al., Nat. Commun. 5, 5049 (2014): Saha balance in perovskites",
                    "X. Ma, Sun, Dou, Chem. Commun. 60, 7824 (2024): 2D/3D band alignment and architecture"),
            "Well of width n x 6.3 Å in an organic barrier: finite-barrier non-parabolic confinement of electron and "
                    + "hole (me = mh = 0.208 m0), image self-energies and a variational exciton in the dielectric slab "
                    + "(eps_w 6.1, eps_b 2.1) whose attraction the polar lattice screens (Haken; eps_s 24.1, LO "
                    + "phonon 9.3 meV); bulk MAPbI3 hydrogenic (mu 0.104 m0, eps 9.4); band shifts around "
                    + "the MAPbI3 edges; then the same alignment, Saha, dipole and tunnelling models as the empirical engine.",
            "n = 1-20; effective-mass picture fails for n = 1 (gap about 0.8 eV too high for BA); gaps about 0.1 eV "
                    + "low for n = 3-5; alkylammonium barriers on an MA lead iodide well.");

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    protected List<EngineSetting> modelSettings() {
        return List.of(
                EngineSetting.number(EPS_BARRIER, 2.1, "1",
                        "permittivity of the organic barrier; 2.1 for alkylammonium (Hong, Ishihara, Nurmikko 1992)"),
                EngineSetting.number(WELL_BARRIER, 3.0, "eV",
                        "electron and hole band offset well/organic; 3.0 eV is an estimate for saturated alkylammonium "
                                + "(hard barrier, Even, Pedesseau, Katan, ChemPhysChem 15, 3733 (2014))"),
                EngineSetting.number(STATIC_PERMITTIVITY, 24.1, "1",
                        "static permittivity of the well for the lattice (Haken) screening of the exciton; MAPbI3, "
                                + "Frost, Phys. Rev. B 96, 195202 (2017); 6.1 (the well's eps_inf) switches it off"),
                EngineSetting.number(PHONON, 9.3, "meV",
                        "effective LO phonon energy of the well (polaron radii); MAPbI3 2.25 THz, Frost 2017"));
    }

    @Override
    protected PhotophysicsModel model(EngineSettings settings) throws EngineException {
        try {
            double barrier = settings.number(WELL_BARRIER);
            QuantumWellParameters parameters = QuantumWellParameters.alkylammoniumLeadIodide()
                    .withEpsBarrier(settings.number(EPS_BARRIER)).withBarriers(barrier, barrier)
                    .withPolaronScreening(settings.number(STATIC_PERMITTIVITY), settings.number(PHONON));
            if (MODELS.size() > MODEL_CACHE_SIZE) {
                MODELS.clear();
            }
            return MODELS.computeIfAbsent(parameters, QuantumWellModel::new);
        } catch (PhotophysicsException e) {
            throw new EngineException("quantum-well settings: " + e.getMessage(), e);
        }
    }

    /** Compares every n of the BA reference with the measurement, so the user sees the model's error where it is known. */
    @Override
    protected void checkValidity(PhotophysicsModel model, int n, ResultBuilder result) {
        if (n == 1) {
            result.message(Severity.WARNING, "n = 1 (one 6.3 Å octahedral sheet) is outside the effective-mass regime");
        }
        for (int i = 0; i < ReferenceSeries.BA_GAPS_EV.size(); i++) {
            SeriesPoint gap = ReferenceSeries.BA_GAPS_EV.get(i);
            SeriesPoint eb = ReferenceSeries.BA_BINDING_MEV.get(i);
            if (gap.n() != n) {
                continue;
            }
            double gapError = model.layer(n).bandGapEv() - gap.value();
            double ebError = model.layer(n).excitonBindingEnergyMeV() / eb.value() - 1;
            boolean off = Math.abs(gapError) > GAP_TOLERANCE_EV || Math.abs(ebError) > BINDING_TOLERANCE;
            result.message(off ? Severity.WARNING : Severity.INFO, String.format(Locale.ROOT,
                    "n = %d vs the BA series: gap %+.2f eV from %.2f eV (Stoumpos 2016/2017), binding energy %+.0f %% "
                            + "from %.0f meV (Blancon 2018)", n, gapError, gap.value(), 100 * ebError, eb.value()));
        }
    }
}
