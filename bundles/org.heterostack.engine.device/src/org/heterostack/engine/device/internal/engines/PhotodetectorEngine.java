package org.heterostack.engine.device.internal.engines;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EAttribute;
import org.heterostack.engine.AnalysisRequest;
import org.heterostack.engine.EngineDescriptor;
import org.heterostack.engine.EngineException;
import org.heterostack.engine.EngineProperties;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.EngineSettings;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.IValueConsumer;
import org.heterostack.engine.ResultBuilder;
import org.heterostack.engine.device.internal.circuit.OneDiodeModel;
import org.heterostack.engine.device.internal.circuit.OneDiodeParameters;
import org.heterostack.engine.PhysicalConstants;
import org.heterostack.engine.device.internal.detailedbalance.DetailedBalanceInput;
import org.heterostack.engine.device.internal.detailedbalance.DetailedBalanceModel;
import org.heterostack.engine.device.internal.photodetector.PhotodetectorFigures;
import org.heterostack.engine.device.internal.photodetector.PhotodetectorModel;
import org.heterostack.engine.device.internal.mapping.BandGaps;
import org.heterostack.engine.device.internal.mapping.LayerParameters;
import org.heterostack.engine.device.internal.twod.TwoDAssumptions;
import org.heterostack.model.Device;
import org.heterostack.model.DeviceKind;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.HeterostackPackage;
import org.heterostack.model.Layer;
import org.heterostack.model.LayerRole;
import org.heterostack.model.NamedElement;
import org.osgi.service.component.annotations.Component;

/**
 * Photodiode figures of merit at one wavelength and bias: responsivity, shot-noise-limited specific
 * detectivity and linear dynamic range, with the dark current from a one-diode circuit or a drift-diffusion
 * dark J-V of the device.
 */
@Component(service = IAnalysisEngine.class, property = { EngineProperties.ID + "=" + PhotodetectorEngine.ID,
        EngineProperties.VERSION + "=" + PhotodetectorEngine.VERSION, EngineProperties.CATEGORY + "=DEVICE" })
public class PhotodetectorEngine implements IAnalysisEngine, IValueConsumer {

    /** The engine id. */
    public static final String ID = "org.heterostack.engine.device.photodetector";

    /** The engine version. */
    public static final String VERSION = "1.0.0";

    static final String WAVELENGTH = "wavelength";
    static final String EQE = "eqe";
    static final String BIAS = "bias";
    static final String DARK = "dark_current_model";
    static final String CIRCUIT = "circuit";
    static final String DRIFT_DIFFUSION = "drift_diffusion";
    static final String J0 = "saturation_current";
    static final String IDEALITY = "ideality_factor";
    static final String RS = "series_resistance";
    static final String RSH = "shunt_resistance";
    static final String JMAX = "max_linear_photocurrent";
    private static final double DEFAULT_WAVELENGTH_NM = 550;

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Photodetector metrics", VERSION,
            EngineCategory.DEVICE, "Heterostack",
            List.of("Y. Fang, Q. Dong, Y. Shao, Y. Yuan, J. Huang, Nat. Photonics 9, 679 (2015)",
                    "X. Gong et al., Science 325, 1665 (2009): shot-noise detectivity",
                    "A. Jain, A. Kapoor, Sol. Energy Mater. Sol. Cells 81, 269 (2004): one-diode dark current",
                    "N. E. Courtier et al., J. Comput. Electron. 18, 1435 (2019): drift-diffusion dark current"),
            "Responsivity R = EQE lambda / (hc/q) (A/W, lambda in nm, hc/q = 1239.842 eV nm); shot-noise-limited "
                    + "detectivity D* = R / sqrt(2 q Jdark) (Jones); linear dynamic range 20 log10(Jph,max / Jdark) (dB). EQE, unless "
                    + "given, is the single-pass absorptance 1 - exp(-alpha d) of the absorber above its gap with "
                    + "every carrier collected. Jdark at the bias from a dark one-diode circuit (settings) or a "
                    + "steady-state drift-diffusion dark J-V of the device's stack (ions relaxed).",
            "Shot noise of the dark current dominates (no 1/f or thermal noise); photon energy above the absorber "
                    + "gap; no photoconductive gain.");

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The band edges of 2D layers, which a photophysics engine supplies (else they are derived here). */
    @Override
    public List<EAttribute> neededAttributes() {
        return TwoDLayerInputs.NEEDED;
    }

    @Override
    public boolean appliesTo(NamedElement target) {
        return target instanceof Device device && device.getKind() == DeviceKind.PHOTODETECTOR
                && device.getLayers().stream().anyMatch(l -> l.getRole() == LayerRole.ABSORBER);
    }

    @Override
    public List<EngineSetting> settings() {
        return Stream.concat(ownSettings().stream(), TwoDAssumptions.settings().stream()).toList();
    }

    private static List<EngineSetting> ownSettings() {
        return List.of(
                EngineSetting.number(WAVELENGTH, 0, "nm", "wavelength; 0 = the operating conditions' wavelengthNm, "
                        + "else 550 nm (assumed)"),
                EngineSetting.number(EQE, 0, "%", "external quantum efficiency at the wavelength; 0 = single-pass "
                        + "absorptance of the absorber, full collection (an upper bound without a mirror)"),
                EngineSetting.number(BIAS, -0.5, "V", "operating bias (negative = reverse; assumed -0.5 V)"),
                EngineSetting.choice(DARK, CIRCUIT, "dark current from a one-diode circuit (the settings below) or "
                        + "from a drift-diffusion dark J-V of the device", List.of(CIRCUIT, DRIFT_DIFFUSION)),
                EngineSetting.number(J0, 1e-11, "mA/cm2", "circuit: diode saturation current density (assumed, as "
                        + "the circuit engine)"),
                EngineSetting.number(IDEALITY, 1.5, "1", "circuit: ideality factor (assumed)"),
                EngineSetting.number(RS, 3, "Ohm cm2", "circuit: series resistance (assumed)"),
                EngineSetting.number(RSH, 1e7, "Ohm cm2", "circuit: shunt resistance (assumed; perovskite "
                        + "photodiodes reach 1e6-1e9 Ohm cm2, Fang et al. 2015)"),
                EngineSetting.number(JMAX, 0, "mA/cm2", "upper end of the linear photocurrent range for the LDR; 0 = "
                        + "the detailed-balance Jsc of the absorber gap at 1 sun (assumed)"));
    }

    @Override
    public void run(AnalysisRequest request, ResultBuilder result, IProgressMonitor monitor) throws EngineException {
        Device device = (Device) request.target();
        EngineSettings settings = request.settings();
        List<String> notes = new ArrayList<>();
        Layer absorber = BandGaps.activeLayer(device, LayerRole.ABSORBER);
        double gap = BandGaps.of(device, absorber);
        double wavelength = wavelengthNm(device, settings, notes);
        double eqe = eqe(device, absorber, gap, wavelength, settings, notes);
        double bias = settings.number(BIAS);
        double jDark = settings.text(DARK).equals(CIRCUIT) ? circuitDarkCurrent(device, settings, bias)
                : DarkCurrentSimulation.darkCurrentAPerM2(device, bias, TwoDAssumptions.from(settings), notes);
        double jMax = settings.number(JMAX) > 0 ? settings.number(JMAX) * CircuitEngine.MA_PER_CM2
                : new DetailedBalanceModel().solve(DetailedBalanceInput.shockleyQueisser(gap, 300)).jscAPerM2();
        PhotodetectorFigures figures;
        try {
            figures = PhotodetectorModel.figures(eqe, wavelength, jDark, jMax);
        } catch (RuntimeException e) {
            throw new EngineException("Device '" + device.getName() + "': " + e.getMessage(), e);
        }
        result.quantity("responsivity", figures.responsivityAPerW(), "A/W", "responsivity at " + wavelength + " nm");
        result.quantity("specific_detectivity", figures.specificDetectivityJones(), "Jones",
                "shot-noise-limited specific detectivity D*");
        result.quantity("linear_dynamic_range", figures.linearDynamicRangeDb(), "dB", "20 log10(Jph,max / Jdark)");
        result.quantity("dark_current_density", jDark * 1e-4, "A/cm2", "dark current density at " + bias + " V");
        result.quantity("eqe", 100 * eqe, "%", "external quantum efficiency at " + wavelength + " nm");
        notes.add(String.format("dark current %.4g A/cm2 at %s V from the %s model; Jph,max %.4g mA/cm2", jDark * 1e-4,
                bias, settings.text(DARK), jMax / CircuitEngine.MA_PER_CM2));
        Reports.notes(result, notes);
    }

    private static double wavelengthNm(Device device, EngineSettings settings, List<String> notes)
            throws EngineException {
        double wavelength = settings.number(WAVELENGTH);
        if (wavelength > 0) {
            return wavelength;
        }
        if (wavelength < 0) {
            throw new EngineException("setting " + WAVELENGTH + " is " + wavelength + " nm; it must be > 0 (0 = "
                    + "from the operating conditions)");
        }
        if (device.getConditions() != null && device.getConditions().getWavelengthNm() != null) {
            return device.getConditions().getWavelengthNm();
        }
        notes.add("no wavelength set: 550 nm assumed");
        return DEFAULT_WAVELENGTH_NM;
    }

    private static double eqe(Device device, Layer absorber, double gap, double wavelength, EngineSettings settings,
            List<String> notes) throws EngineException {
        double given = settings.number(EQE);
        if (given > 0) {
            return given / 100;
        }
        double photonEv = PhysicalConstants.HC_EV_NM / wavelength;
        if (photonEv < gap) {
            throw new EngineException(String.format("Device '%s': %s nm (%.3f eV) lies below the band gap %.3f eV of "
                    + "absorber '%s'; no photoresponse in this model", device.getName(), wavelength, photonEv, gap,
                    absorber.getName()));
        }
        double alpha = LayerParameters.require(device, absorber,
                HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ABSORPTION_COEFFICIENT_PER_M);
        double d = LayerParameters.thicknessNm(device, absorber) * 1e-9;
        double eqe = -Math.expm1(-alpha * d);
        notes.add(String.format("EQE %.4f = 1 - exp(-alpha d) of '%s' (single pass, full collection, no reflection)",
                eqe, absorber.getName()));
        return eqe;
    }

    private static double circuitDarkCurrent(Device device, EngineSettings settings, double bias)
            throws EngineException {
        double temperature = device.getConditions() == null ? 298.15 : device.getConditions().getTemperatureK();
        try {
            OneDiodeModel dark = new OneDiodeModel(new OneDiodeParameters(0, settings.number(J0) * CircuitEngine.MA_PER_CM2,
                    settings.number(IDEALITY), settings.number(RS) * CircuitEngine.OHM_CM2,
                    settings.number(RSH) * CircuitEngine.OHM_CM2, temperature));
            return PhotodetectorModel.darkCurrentDensityAPerM2(dark, bias);
        } catch (RuntimeException e) {
            throw new EngineException("Device '" + device.getName() + "': dark circuit: " + e.getMessage(), e);
        }
    }
}
