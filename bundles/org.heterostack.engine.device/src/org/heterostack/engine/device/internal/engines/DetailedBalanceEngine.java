package org.heterostack.engine.device.internal.engines;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.heterostack.engine.AnalysisRequest;
import org.heterostack.engine.EngineDescriptor;
import org.heterostack.engine.EngineException;
import org.heterostack.engine.EngineProperties;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.EngineSettings;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.ResultBuilder;
import org.heterostack.engine.device.internal.detailedbalance.Absorptance;
import org.heterostack.engine.device.internal.detailedbalance.DetailedBalanceException;
import org.heterostack.engine.device.internal.detailedbalance.DetailedBalanceInput;
import org.heterostack.engine.device.internal.detailedbalance.DetailedBalanceModel;
import org.heterostack.engine.device.internal.detailedbalance.DetailedBalanceResult;
import org.heterostack.engine.device.internal.detailedbalance.PceCurve;
import org.heterostack.engine.device.internal.mapping.BandGaps;
import org.heterostack.engine.device.internal.mapping.LayerParameters;
import org.heterostack.model.Device;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.HeterostackPackage;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Perovskite3D;
import org.heterostack.model.Severity;
import org.osgi.service.component.annotations.Component;

/**
 * Detailed-balance (Shockley-Queisser) limit of a single-junction cell under ASTM G173-03, for the band gap of a
 * device's absorber or of a 3D perovskite; optionally with non-radiative losses (ERE), finite thickness and an
 * Urbach tail.
 */
@Component(service = IAnalysisEngine.class, property = { EngineProperties.ID + "=" + DetailedBalanceEngine.ID,
        EngineProperties.VERSION + "=" + DetailedBalanceEngine.VERSION, EngineProperties.CATEGORY + "=DEVICE" })
public class DetailedBalanceEngine implements IAnalysisEngine {

    /** The engine id. */
    public static final String ID = "org.heterostack.engine.device.detailedbalance";

    /** The engine version. */
    public static final String VERSION = "1.0.0";

    static final String TEMPERATURE = "temperature";
    static final String ERE = "external_radiative_efficiency";
    static final String ABSORPTANCE = "absorptance";
    static final String URBACH = "urbach_energy";
    static final String PASSES = "passes";
    static final String STEP = "step";
    static final String FINITE = "finite_thickness";

    private static final int JV_POINTS = 201;
    private static final int GAP_POINTS = 2501;

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Detailed balance (Shockley-Queisser)",
            VERSION, EngineCategory.DEVICE, "Heterostack",
            List.of("W. Shockley, H. J. Queisser, J. Appl. Phys. 32, 510 (1961)",
                    "S. Rühle, Sol. Energy 130, 139 (2016): tabulated limit, 33.7 % at 1.34 eV",
                    "ASTM G173-03 reference spectra (NREL)",
                    "M. A. Green, Prog. Photovolt. 20, 472 (2012): Voc = Voc,rad + (kT/q) ln ERE",
                    "U. Rau, Phys. Rev. B 76, 085303 (2007): reciprocity of absorption and emission"),
            "J(V) = Jsc - J0 (exp(qV/kT) - 1) with Jsc = q int a(E) Phi_AM1.5G(E) dE and J0 = q int a(E) phi_bb(E) dE "
                    + "/ ERE (one-sided flat-plate black-body emission, Boltzmann bias factor, one electron-hole pair "
                    + "per photon, no Auger or free-carrier loss). Absorptance a(E): an ideal step at the gap, or "
                    + "1 - exp(-passes alpha d) with an Urbach tail below the gap. PCE relative to the integrated "
                    + "ASTM G173-03 global spectrum (1000.4 W/m2).",
            "Band gap 0.3-4.4 eV (spectrum 280-4000 nm); temperature 10-1000 K; ERE in (0, 1]; Urbach energy "
                    + "below kT. An upper bound: real cells lose to reflection, parasitic absorption and transport.");

    /** Made on the first run (see {@link #model()}). */
    private DetailedBalanceModel model;

    /**
     * @return the model on the bundled spectrum, read on the first call: not when the engine is made, because the
     *         engine registry makes every engine at a start that lists them, also for a command that runs another
     */
    private synchronized DetailedBalanceModel model() {
        if (model == null) {
            model = new DetailedBalanceModel();
        }
        return model;
    }

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public boolean appliesTo(NamedElement target) {
        return target instanceof Perovskite3D || target instanceof Device device
                && device.getLayers().stream().anyMatch(l -> l.getRole() == LayerRole.ABSORBER);
    }

    @Override
    public List<EngineSetting> settings() {
        return List.of(
                EngineSetting.number(TEMPERATURE, 300, "K", "cell temperature (300 K: Shockley-Queisser, Rühle 2016)"),
                EngineSetting.number(ERE, 1, "1", "external radiative efficiency in (0, 1]; 1 is the radiative "
                        + "limit (Green 2012); e.g. 1e-4 for a good perovskite cell"),
                EngineSetting.choice(ABSORPTANCE, STEP, "absorptance: ideal step at the gap (Shockley-Queisser), or "
                        + "finite thickness with the absorber layer's thickness and absorptionCoefficientPerM",
                        List.of(STEP, FINITE)),
                EngineSetting.number(URBACH, 0, "meV", "Urbach energy of the sub-gap tail for finite_thickness (0 = "
                        + "no tail; about 15 meV for MAPbI3, De Wolf et al., J. Phys. Chem. Lett. 5, 1035 (2014))"),
                EngineSetting.choice(PASSES, "2", "light passes through the absorber for finite_thickness: 2 with a "
                        + "reflecting back electrode (assumed), 1 for a single pass", List.of("1", "2")));
    }

    @Override
    public void run(AnalysisRequest request, ResultBuilder result, IProgressMonitor monitor) throws EngineException {
        NamedElement target = request.target();
        EngineSettings settings = request.settings();
        double gap = BandGaps.ofTarget(target);
        List<String> notes = new ArrayList<>();
        Absorptance absorptance = absorptance(target, settings, notes);
        double temperature = settings.number(TEMPERATURE);
        double ere = settings.number(ERE);
        DetailedBalanceResult solved;
        PceCurve curve;
        try {
            DetailedBalanceInput input = new DetailedBalanceInput(gap, temperature, ere, absorptance);
            solved = model().solve(input);
            Reports.figures(result, solved.figures(), "", " (detailed balance)");
            result.quantity("band_gap", gap, "eV", "absorber band gap used");
            result.quantity("voc_radiative", solved.vocRadiativeV(), "V", "radiative-limit open-circuit voltage (ERE = 1)");
            result.quantity("incident_irradiance", solved.incidentIrradianceWPerM2(), "W/m2",
                    "integrated ASTM G173-03 global spectrum");
            Reports.jv(result, "jv", model().jvCurve(input, JV_POINTS));
            if (target instanceof Device device) {
                Reports.measured(result, device, solved.figures(), "detailed-balance limit");
            }
            curve = model().pceVersusBandGap(0.5, 3.0, GAP_POINTS, temperature, ere);
        } catch (DetailedBalanceException e) {
            throw new EngineException(label(target) + ": " + e.getMessage(), e);
        }
        result.series("pce_vs_bandgap", "band gap", "eV", curve.bandGapEv(), "power conversion efficiency", "%",
                curve.pcePercent());
        notes.add(String.format("pce_vs_bandgap: step absorptance, %s K, ERE %s; peak %.2f %% at %.3f eV",
                temperature, ere, curve.peakPcePercent(), curve.peakBandGapEv()));
        if (gap < 0.5 || gap > 3.0) {
            result.message(Severity.WARNING, "band gap " + gap + " eV lies outside the 0.5-3.0 eV of pce_vs_bandgap");
        }
        Reports.notes(result, notes);
    }

    private static Absorptance absorptance(NamedElement target, EngineSettings settings, List<String> notes)
            throws EngineException {
        if (settings.text(ABSORPTANCE).equals(STEP)) {
            notes.add("step absorptance: every photon above the gap is absorbed, none below");
            return new Absorptance.Step();
        }
        if (!(target instanceof Device device)) {
            throw new EngineException(label(target) + ": absorptance finite_thickness needs a device absorber layer "
                    + "(thickness and absorption coefficient); use step for a material");
        }
        Layer absorber = BandGaps.activeLayer(device, LayerRole.ABSORBER);
        double thicknessNm = LayerParameters.thicknessNm(device, absorber);
        double alpha = LayerParameters.require(device, absorber,
                HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ABSORPTION_COEFFICIENT_PER_M);
        double urbachMeV = settings.number(URBACH);
        int passes = Integer.parseInt(settings.text(PASSES));
        notes.add(String.format("finite-thickness absorptance 1 - exp(-%d alpha d), d = %s nm, alpha = %.3g 1/m above "
                + "the gap, Urbach energy %s meV", passes, thicknessNm, alpha, urbachMeV));
        try {
            return new Absorptance.FiniteThickness(thicknessNm * 1e-9, alpha, urbachMeV * 1e-3, passes);
        } catch (DetailedBalanceException e) {
            throw new EngineException(label(target) + ": " + e.getMessage(), e);
        }
    }

    private static String label(NamedElement target) {
        return (target instanceof Device ? "Device '" : "3D perovskite '") + target.getName() + "'";
    }
}
