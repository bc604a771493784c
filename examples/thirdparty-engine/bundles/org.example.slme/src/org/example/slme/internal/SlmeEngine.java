package org.example.slme.internal;

import static org.heterostack.engine.PhysicalConstants.HC_EV_NM;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.heterostack.engine.AnalysisRequest;
import org.heterostack.engine.EngineDescriptor;
import org.heterostack.engine.EngineException;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.EngineSettings;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.ResultBuilder;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Severity;
import org.osgi.service.component.annotations.Component;

/**
 * Spectroscopic limited maximum efficiency (SLME) of an absorber from its measured or computed absorption
 * spectrum, thickness and gaps (L. Yu and A. Zunger, Phys. Rev. Lett. 108, 068701 (2012)), under the ASTM G173-03
 * AM1.5G spectrum. A third-party engine: it needs only Heterostack's model and engine API.
 */
@Component(service = IAnalysisEngine.class)
public class SlmeEngine implements IAnalysisEngine {

    /** The engine id. */
    public static final String ID = "org.example.slme";

    static final String TEMPERATURE = "temperature";
    static final String THICKNESS = "thickness";
    static final String GAP_OFFSET = "allowed_gap_offset";

    /** Thicknesses of the SLME-versus-thickness series: 10 nm to 100 um, 9 per decade. */
    private static final double MIN_THICKNESS_NM = 10;
    private static final int THICKNESS_POINTS = 37;
    private static final int POINTS_PER_DECADE = 9;

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID,
            "Spectroscopic limited maximum efficiency (SLME)", "1.0.0", EngineCategory.DEVICE, "example.org",
            List.of("L. Yu, A. Zunger, Phys. Rev. Lett. 108, 068701 (2012): SLME",
                    "W. Shockley, H. J. Queisser, J. Appl. Phys. 32, 510 (1961): detailed balance",
                    "ASTM G173-03 reference spectra (NREL): AM1.5G",
                    "S. Rühle, Sol. Energy 130, 139 (2016): Shockley-Queisser limit 33.7 % at 1.34 eV (check)"),
            "Detailed balance with the film's own absorptance a(E) = 1 - exp(-2 alpha(E) L) (no front reflection, "
                    + "perfect back mirror): Jsc = q int a Phi_AM1.5G dE, J0 = (q pi / f_r) int a Phi_bb dE with "
                    + "f_r = exp(-(E_g^da - E_g)/kT) the radiative fraction; SLME = max(J V) / 1000.4 W/m2. "
                    + "alpha(E) is interpolated linearly in photon energy, zero below the table, constant above.",
            "An upper bound for a single junction: no non-radiative loss beyond f_r, no parasitic absorption or "
                    + "transport loss; absorption spectrum 280-4000 nm; temperature 10-1000 K.")
            .withCaching("1", true);

    private final SlmeCalculator calculator = new SlmeCalculator(SolarSpectrum.am15g());

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public boolean appliesTo(NamedElement target) {
        return Absorber.hasSpectrum(target);
    }

    @Override
    public List<EngineSetting> settings() {
        return List.of(
                EngineSetting.number(TEMPERATURE, 300, "K", "cell temperature (300 K as in Shockley-Queisser)"),
                EngineSetting.number(THICKNESS, 500, "nm", "absorber thickness L for a material; a device's "
                        + "absorber layer uses its own thickness"),
                EngineSetting.number(GAP_OFFSET, 0, "eV", "E_g^da - E_g: how far the lowest dipole-allowed "
                        + "transition (the model's bandGapEv) lies above the fundamental gap; 0 for a direct, "
                        + "allowed gap such as that of lead-halide perovskites (Yu and Zunger 2012)"));
    }

    @Override
    public void run(AnalysisRequest request, ResultBuilder result, IProgressMonitor monitor) throws EngineException {
        EngineSettings settings = request.settings();
        Absorber absorber = Absorber.of(request.target(), settings.number(THICKNESS));
        double temperatureK = settings.number(TEMPERATURE);
        double gapOffsetEv = settings.number(GAP_OFFSET);
        if (temperatureK < 10 || temperatureK > 1000) {
            throw new EngineException("temperature " + temperatureK + " K lies outside 10-1000 K");
        }
        SlmeResult slme;
        SlmeResult sq;
        try {
            slme = solve(absorber, absorber.thicknessNm(), gapOffsetEv, temperatureK);
            sq = calculator.solve(new Absorptance.Step(absorber.allowedGapEv()), 0, temperatureK);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new EngineException(absorber.label() + ": " + e.getMessage(), e);
        }
        result.quantity("slme", slme.efficiencyPercent(), "%", "spectroscopic limited maximum efficiency");
        result.quantity("jsc", slme.jscMilliAmpPerCm2(), "mA/cm2", "short-circuit current density (SLME)");
        result.quantity("voc", slme.vocV(), "V", "open-circuit voltage (SLME)");
        result.quantity("ff", slme.fillFactorPercent(), "%", "fill factor (SLME)");
        result.quantity("radiative_fraction", slme.radiativeFraction(), "1",
                "f_r = exp(-(E_g^da - E_g)/kT), fraction of recombination that is radiative");
        result.quantity("thickness", absorber.thicknessNm(), "nm", "absorber thickness L");
        result.quantity("allowed_gap", absorber.allowedGapEv(), "eV", "lowest dipole-allowed gap E_g^da (bandGapEv)");
        result.quantity("fundamental_gap", absorber.allowedGapEv() - gapOffsetEv, "eV", "fundamental gap E_g");
        result.quantity("sq_limit", sq.efficiencyPercent(), "%",
                "Shockley-Queisser limit at E_g^da (step absorber, same spectrum and temperature)");
        thicknessSeries(absorber, gapOffsetEv, temperatureK, result, monitor);
        notes(absorber, result);
    }

    private SlmeResult solve(Absorber absorber, double thicknessNm, double gapOffsetEv, double temperatureK) {
        return calculator.solve(new Absorptance.Film(absorber.alpha(), thicknessNm * 1e-9), gapOffsetEv, temperatureK);
    }

    private void thicknessSeries(Absorber absorber, double gapOffsetEv, double temperatureK, ResultBuilder result,
            IProgressMonitor monitor) {
        double[] thicknessNm = new double[THICKNESS_POINTS];
        double[] efficiency = new double[THICKNESS_POINTS];
        for (int i = 0; i < THICKNESS_POINTS; i++) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            thicknessNm[i] = MIN_THICKNESS_NM * Math.pow(10, (double) i / POINTS_PER_DECADE);
            efficiency[i] = solve(absorber, thicknessNm[i], gapOffsetEv, temperatureK).efficiencyPercent();
        }
        result.series("slme_vs_thickness", "thickness", "nm", thicknessNm, "SLME", "%", efficiency);
    }

    private void notes(Absorber absorber, ResultBuilder result) {
        result.message(Severity.INFO, String.format("%s: absorptance 1 - exp(-2 alpha L) with L = %s nm (%s)",
                absorber.label(), absorber.thicknessNm(),
                absorber.thicknessFromModel() ? "the layer's thickness" : "setting 'thickness'"));
        double onset = absorber.alpha().onsetEv();
        double top = absorber.alpha().maxEnergyEv();
        double all = calculator.sun().photonFluxAbovePerM2S(onset);
        double beyond = calculator.sun().photonFluxAbovePerM2S(top);
        if (beyond > 0) {
            result.message(Severity.INFO, String.format("absorptionSpectrum ends at %.3f eV (%.0f nm); alpha is held "
                    + "constant above it, for %.2g %% of the AM1.5G photons the absorber can absorb", top,
                    HC_EV_NM / top, 100 * beyond / all));
        }
    }
}
