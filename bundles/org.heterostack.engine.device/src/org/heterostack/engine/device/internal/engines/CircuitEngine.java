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
import org.heterostack.engine.device.internal.circuit.CircuitException;
import org.heterostack.engine.device.internal.circuit.OneDiodeModel;
import org.heterostack.engine.device.internal.circuit.OneDiodeParameters;
import org.heterostack.engine.device.internal.common.SolarCellFigures;
import org.heterostack.engine.device.internal.detailedbalance.DetailedBalanceInput;
import org.heterostack.engine.device.internal.detailedbalance.DetailedBalanceModel;
import org.heterostack.engine.device.internal.mapping.BandGaps;
import org.heterostack.model.Device;
import org.heterostack.model.DeviceKind;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.NamedElement;
import org.heterostack.model.OperatingConditions;
import org.heterostack.model.Spectrum;
import org.osgi.service.component.annotations.Component;

/**
 * One-diode equivalent circuit of a solar cell with series and shunt resistance and ideality factor: J-V curve
 * and figures of merit from the circuit parameters in the settings.
 */
@Component(service = IAnalysisEngine.class, property = { EngineProperties.ID + "=" + CircuitEngine.ID,
        EngineProperties.VERSION + "=" + CircuitEngine.VERSION, EngineProperties.CATEGORY + "=DEVICE" })
public class CircuitEngine implements IAnalysisEngine {

    /** The engine id. */
    public static final String ID = "org.heterostack.engine.device.circuit";

    /** The engine version. */
    public static final String VERSION = "1.0.0";

    static final String JPH = "photocurrent";
    static final String J0 = "saturation_current";
    static final String IDEALITY = "ideality_factor";
    static final String RS = "series_resistance";
    static final String RSH = "shunt_resistance";

    /** 1 mA/cm2 in A/m2. */
    static final double MA_PER_CM2 = 10;
    /** 1 Ohm cm2 in Ohm m2. */
    static final double OHM_CM2 = 1e-4;
    private static final int JV_POINTS = 201;

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Equivalent circuit (one diode)",
            VERSION, EngineCategory.DEVICE, "Heterostack",
            List.of("A. Jain, A. Kapoor, Sol. Energy Mater. Sol. Cells 81, 269 (2004): explicit Lambert-W solution",
                    "W. Shockley, H. J. Queisser, J. Appl. Phys. 32, 510 (1961): default photocurrent"),
            "J = Jph - J0 (exp((V + J Rs)/(n kT/q)) - 1) - (V + J Rs)/Rsh, solved explicitly with the Lambert W "
                    + "function; Voc by safeguarded Newton, maximum power point by golden-section search. The "
                    + "photocurrent defaults to the detailed-balance Jsc of the absorber's band gap (AM1.5G, step "
                    + "absorptance) times the intensity in suns; temperature and irradiance from the device's "
                    + "operating conditions.",
            "Lumped single-diode behaviour: no voltage-dependent collection, no ionic hysteresis; ideality 0.5-10.");

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public boolean appliesTo(NamedElement target) {
        return target instanceof Device device && device.getKind() == DeviceKind.SOLAR_CELL;
    }

    @Override
    public List<EngineSetting> settings() {
        return List.of(
                EngineSetting.number(JPH, 0, "mA/cm2", "photocurrent density Jph; 0 = the detailed-balance Jsc of the "
                        + "absorber's band gap x intensity (AM1.5G, step absorptance; an upper bound)"),
                EngineSetting.number(J0, 1e-11, "mA/cm2", "diode saturation current density J0 (assumed: gives Voc "
                        + "about 1.1 V at 23 mA/cm2 with n = 1.5, typical of lead-iodide perovskite cells)"),
                EngineSetting.number(IDEALITY, 1.5, "1", "diode ideality factor n (assumed: 1.3-1.8 is typical of "
                        + "perovskite cells, Tress et al., Adv. Energy Mater. 8, 1703129 (2018))"),
                EngineSetting.number(RS, 3, "Ohm cm2", "series resistance Rs (assumed, typical 1-5 Ohm cm2)"),
                EngineSetting.number(RSH, 1e4, "Ohm cm2", "shunt resistance Rsh (assumed, typical 1e3-1e5 Ohm cm2)"));
    }

    @Override
    public void run(AnalysisRequest request, ResultBuilder result, IProgressMonitor monitor) throws EngineException {
        Device device = (Device) request.target();
        List<String> notes = new ArrayList<>();
        OperatingConditions conditions = device.getConditions();
        double temperatureK = conditions == null ? 298.15 : conditions.getTemperatureK();
        double suns = conditions == null ? 1 : conditions.getIntensitySuns();
        if (conditions == null) {
            notes.add("no operating conditions: 1 sun AM1.5G at 298.15 K (model defaults)");
        } else if (conditions.getSpectrum() != Spectrum.AM1_5G) {
            throw new EngineException("Device '" + device.getName() + "' has spectrum " + conditions.getSpectrum()
                    + "; the equivalent-circuit engine reports figures of merit under AM1.5G only");
        }
        double jph = photocurrentAPerM2(device, request.settings(), suns, notes);
        OneDiodeParameters parameters = parameters(device, request.settings(), jph, temperatureK);
        try {
            OneDiodeModel circuit = new OneDiodeModel(parameters);
            SolarCellFigures figures = circuit.figures(suns * 1000);
            Reports.figures(result, figures, "", " (one-diode circuit)");
            result.quantity("photocurrent", jph / MA_PER_CM2, "mA/cm2", "photocurrent density Jph used");
            Reports.jv(result, "jv", circuit.jvCurve(0, Math.max(figures.vocV() * 1.02, 0.01), JV_POINTS));
            Reports.measured(result, device, figures, "one-diode circuit");
        } catch (CircuitException e) {
            throw new EngineException("Device '" + device.getName() + "': " + e.getMessage(), e);
        }
        Reports.notes(result, notes);
    }

    private static double photocurrentAPerM2(Device device, EngineSettings settings, double suns, List<String> notes)
            throws EngineException {
        double jph = settings.number(JPH);
        if (jph > 0) {
            return jph * MA_PER_CM2;
        }
        if (jph < 0) {
            throw new EngineException("setting " + JPH + " is " + jph + " mA/cm2; it must be >= 0 (0 = derived)");
        }
        double gap = BandGaps.ofTarget(device);
        double jsc;
        try {
            jsc = new DetailedBalanceModel().solve(DetailedBalanceInput.shockleyQueisser(gap, 300)).jscAPerM2() * suns;
        } catch (RuntimeException e) {
            throw new EngineException("Device '" + device.getName() + "': no detailed-balance photocurrent for band gap "
                    + gap + " eV: " + e.getMessage(), e);
        }
        notes.add(String.format("photocurrent %.3f mA/cm2 = detailed-balance Jsc at the absorber gap %.3f eV x %s "
                + "sun(s) (AM1.5G, every photon above the gap collected: an upper bound)", jsc / MA_PER_CM2, gap, suns));
        return jsc;
    }

    private static OneDiodeParameters parameters(Device device, EngineSettings settings, double jphAPerM2,
            double temperatureK) throws EngineException {
        try {
            return new OneDiodeParameters(jphAPerM2, settings.number(J0) * MA_PER_CM2, settings.number(IDEALITY),
                    settings.number(RS) * OHM_CM2, settings.number(RSH) * OHM_CM2, temperatureK);
        } catch (CircuitException e) {
            throw new EngineException("Device '" + device.getName() + "': " + e.getMessage(), e);
        }
    }
}
