package org.heterostack.engine.device.internal.engines;

import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__AUGER_ELECTRON_COEFFICIENT_M6_PER_S;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__AUGER_HOLE_COEFFICIENT_M6_PER_S;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ELECTRON_SRH_LIFETIME_NS;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__HOLE_SRH_LIFETIME_NS;
import static org.heterostack.model.HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__RADIATIVE_COEFFICIENT_M3_PER_S;

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
import org.heterostack.engine.device.internal.led.LedEfficiencyInput;
import org.heterostack.engine.device.internal.led.LedEfficiencyModel;
import org.heterostack.engine.device.internal.led.LedException;
import org.heterostack.engine.device.internal.mapping.LayerParameters;
import org.heterostack.model.Device;
import org.heterostack.model.DeviceKind;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.Layer;
import org.heterostack.model.NamedElement;
import org.osgi.service.component.annotations.Component;

/**
 * External quantum efficiency of a perovskite LED as charge balance x radiative efficiency x spin factor x
 * outcoupling; the radiative efficiency from the emitter's ABC recombination and the outcoupling from ray
 * optics unless given.
 */
@Component(service = IAnalysisEngine.class, property = { EngineProperties.ID + "=" + LedEngine.ID,
        EngineProperties.VERSION + "=" + LedEngine.VERSION, EngineProperties.CATEGORY + "=DEVICE" })
public class LedEngine implements IAnalysisEngine {

    /** The engine id. */
    public static final String ID = "org.heterostack.engine.device.led";

    /** The engine version. */
    public static final String VERSION = "1.0.0";

    static final String BALANCE = "charge_balance";
    static final String RADIATIVE = "radiative_efficiency";
    static final String DENSITY = "carrier_density";
    static final String SPIN = "spin_factor";
    static final String OUTCOUPLING = "outcoupling";
    static final String INDEX = "refractive_index";

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "LED external quantum efficiency",
            VERSION, EngineCategory.DEVICE, "Heterostack",
            List.of("T. Tsutsui, MRS Bull. 22, 39 (1997): EQE = gamma eta_r chi eta_out",
                    "S. D. Stranks, H. J. Snaith, Nat. Nanotechnol. 10, 391 (2015): perovskite LEDs",
                    "F. Richter et al., Nat. Commun. 7, 13941 (2016): ABC recombination",
                    "N. C. Greenham, R. H. Friend, D. D. C. Bradley, Adv. Mater. 6, 491 (1994): outcoupling 1/(2 n^2)"),
            "EQE = charge balance x internal radiative efficiency x spin factor x outcoupling. The radiative "
                    + "efficiency is B n / (A + B n + C n^2) at the operating carrier density n = p, with A = 1/(tau_n "
                    + "+ tau_p) (mid-gap SRH at high injection), B the radiative and C = Cn + Cp the Auger "
                    + "coefficients of the emitter; the outcoupling is the ray-optics 1/(2 n_r^2) of a planar emitter.",
            "Factors taken as independent: no photon recycling, no efficiency roll-off beyond the chosen carrier "
                    + "density, isotropic emitter dipoles, no microcavity.");

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public boolean appliesTo(NamedElement target) {
        return target instanceof Device device && device.getKind() == DeviceKind.LED && device.activeLayer() != null;
    }

    @Override
    public List<EngineSetting> settings() {
        return List.of(
                EngineSetting.number(BALANCE, 1, "1", "charge balance gamma = min(Je, Jh)/max(Je, Jh) (assumed "
                        + "balanced injection: an upper bound)"),
                EngineSetting.number(RADIATIVE, 0, "1", "internal radiative efficiency; 0 = from the emitter's ABC "
                        + "coefficients at " + DENSITY),
                EngineSetting.number(DENSITY, 1e23, "m-3", "operating carrier density n = p for the ABC radiative "
                        + "efficiency (assumed 1e23 m-3 = 1e17 cm-3, typical of perovskite LEDs near peak EQE)"),
                EngineSetting.number(SPIN, 1, "1", "spin factor: 1 for free-carrier perovskite emitters (Stranks & "
                        + "Snaith 2015), 0.25 for fluorescent organics"),
                EngineSetting.number(OUTCOUPLING, 0, "1", "outcoupling efficiency; 0 = ray optics 1/(2 n^2) from "
                        + INDEX),
                EngineSetting.number(INDEX, 2.5, "1", "emitter refractive index for the ray-optics outcoupling "
                        + "(assumed 2.5, lead-iodide perovskites near the band edge)"));
    }

    @Override
    public void run(AnalysisRequest request, ResultBuilder result, IProgressMonitor monitor) throws EngineException {
        Device device = (Device) request.target();
        EngineSettings settings = request.settings();
        List<String> notes = new ArrayList<>();
        Layer emitter = device.activeLayer();
        try {
            double radiative = settings.number(RADIATIVE) > 0 ? settings.number(RADIATIVE)
                    : abcRadiativeEfficiency(device, emitter, settings.number(DENSITY), notes);
            double outcoupling = settings.number(OUTCOUPLING) > 0 ? settings.number(OUTCOUPLING)
                    : LedEfficiencyModel.planarOutcoupling(settings.number(INDEX));
            if (settings.number(OUTCOUPLING) <= 0) {
                notes.add(String.format("outcoupling %.4f = 1/(2 n^2) for refractive index %s (ray optics, planar)",
                        outcoupling, settings.number(INDEX)));
            }
            LedEfficiencyInput input = new LedEfficiencyInput(settings.number(BALANCE), radiative,
                    settings.number(SPIN), outcoupling);
            double eqe = LedEfficiencyModel.externalQuantumEfficiency(input);
            result.quantity("eqe", 100 * eqe, "%", "external quantum efficiency");
            result.quantity("charge_balance", input.chargeBalance(), "1", "charge balance factor gamma");
            result.quantity("radiative_efficiency", radiative, "1", "internal radiative efficiency");
            result.quantity("spin_factor", input.spinFactor(), "1", "spin factor chi");
            result.quantity("outcoupling_efficiency", outcoupling, "1", "outcoupling efficiency");
            if (device.getMeasured() != null && device.getMeasured().getEqePercent() != null) {
                notes.add(String.format("measured EQE %s %% beside the predicted %.3g %%",
                        device.getMeasured().getEqePercent(), 100 * eqe));
            }
        } catch (LedException e) {
            throw new EngineException("Device '" + device.getName() + "': " + e.getMessage(), e);
        }
        Reports.notes(result, notes);
    }

    private static double abcRadiativeEfficiency(Device device, Layer emitter, double density, List<String> notes)
            throws EngineException {
        double b = LayerParameters.require(device, emitter, SEMICONDUCTOR_PARAMETERS__RADIATIVE_COEFFICIENT_M3_PER_S);
        Double tauN = emitter.effectiveValue(SEMICONDUCTOR_PARAMETERS__ELECTRON_SRH_LIFETIME_NS);
        Double tauP = emitter.effectiveValue(SEMICONDUCTOR_PARAMETERS__HOLE_SRH_LIFETIME_NS);
        double a = tauN == null && tauP == null ? 0 : 1 / (1e-9 * (zero(tauN) + zero(tauP)));
        double c = zero(emitter.effectiveValue(SEMICONDUCTOR_PARAMETERS__AUGER_ELECTRON_COEFFICIENT_M6_PER_S))
                + zero(emitter.effectiveValue(SEMICONDUCTOR_PARAMETERS__AUGER_HOLE_COEFFICIENT_M6_PER_S));
        double eta = LedEfficiencyModel.radiativeEfficiencyAbc(a, b, c, density);
        notes.add(String.format("radiative efficiency %.4f from A = %.3g 1/s, B = %.3g m3/s, C = %.3g m6/s of '%s' at "
                + "n = p = %.3g m-3", eta, a, b, c, emitter.getName(), density));
        return eta;
    }

    private static double zero(Double value) {
        return value == null ? 0 : value;
    }
}
