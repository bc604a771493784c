package org.heterostack.engine.stability.internal.engines;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.heterostack.chem.ChemistryToolkit;
import org.heterostack.engine.AnalysisRequest;
import org.heterostack.engine.EngineDescriptor;
import org.heterostack.engine.EngineException;
import org.heterostack.engine.EngineProperties;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.ResultBuilder;
import org.heterostack.engine.stability.internal.ageing.AgeingProjectionModel;
import org.heterostack.engine.stability.internal.ageing.AgeingRequest;
import org.heterostack.engine.stability.internal.ageing.AgeingResult;
import org.heterostack.engine.stability.internal.common.ParameterSet;
import org.heterostack.engine.stability.internal.common.StabilityException;
import org.heterostack.engine.stability.internal.condition.IsosPreset;
import org.heterostack.engine.stability.internal.migration.MigrationModel;
import org.heterostack.engine.stability.internal.mapping.CappedSpacer;
import org.heterostack.engine.stability.internal.mapping.CappingLayerMapper;
import org.heterostack.engine.stability.internal.mapping.SpacerMapper;
import org.heterostack.engine.stability.internal.mapping.TargetSpacers;
import org.heterostack.engine.stability.internal.sensitivity.SensitivityEntry;
import org.heterostack.model.Device;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.Heterostructure;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Severity;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Accelerated-ageing projection ({@link AgeingProjectionModel}): relative efficiency of a 2D/3D device or
 * heterostructure versus time from four independent channels (spacer chemistry with FA+, spacer migration and
 * capping-layer loss, moisture limited by the spacer's hydrophobicity, spacer-independent baseline), T80/T95
 * under an ISOS stress condition and under a use condition, the Arrhenius acceleration factor between them, and
 * the sensitivity of T80 to every uncertain parameter. Spacer logP and fluorine count come from the
 * {@link ChemistryToolkit} service applied to the spacer's SMILES.
 */
@Component(service = IAnalysisEngine.class, property = { EngineProperties.ID + "=" + AgeingProjectionEngine.ID,
        EngineProperties.VERSION + "=" + AgeingProjectionEngine.VERSION, EngineProperties.CATEGORY + "=STABILITY" })
public class AgeingProjectionEngine implements IAnalysisEngine {

    /** The engine id. */
    public static final String ID = "org.heterostack.engine.stability.ageing";

    /** The engine version. */
    public static final String VERSION = "1.0.0";

    static final String HORIZON = "horizon_hours";
    static final String SERIES_POINTS = "series_points";

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Accelerated-ageing projection "
            + "(T80, ISOS)", VERSION, EngineCategory.STABILITY, "Heterostack", citations(),
            "P(t)/P(0) = (1 - c_chem x(t)) (1 - c_rec (1 - phi(t))) exp(-k_w t) exp(-k_b t): spacer reacted with FA+ "
                    + "x (pKa, Arrhenius, light), spacer retained in the capping layer phi (sqrt(D t), Arrhenius D by "
                    + "spacer class), moisture rate k_w (Peck humidity law times a hydrophobic protection "
                    + "10^-(b (logP - logP_ref) + b_F nF), logP by the chemistry toolkit) and a baseline rate k_b. "
                    + "T80/T95 at the stress and use conditions, Arrhenius AF = exp(Ea/k (1/Tuse - 1/Tstress)) and "
                    + "T80_use = T80_stress x AF beside the kinetic use T80; one-at-a-time sensitivity of T80. "
                    + "Assumptions: independent channels; assumed prefactors calibrated to stated targets "
                    + "(baseline T80 2000 h at 85 °C dark, moisture-only T80 300 h at 85 °C/85 %RH for a PEA cap); "
                    + "every assumption is printed with the result.",
            "230-400 K, 0-100 %RH, 0-10 suns; for ranking spacers and finding the dominant channel and parameter, "
                    + "not a certified lifetime.");

    private ChemistryToolkit toolkit;
    /** The defaults with the logP reference on the toolkit's scale; made on first use (see {@link #defaults()}). */
    private ParameterSet defaults;

    private static List<String> citations() {
        List<String> citations = new ArrayList<>(AgeingProjectionModel.INFO.citations());
        citations.add("R. Wang, Y. Fu, L. Lai, J. Chem. Inf. Comput. Sci. 37, 615 (1997) (XLogP)");
        return citations;
    }

    /** @param chemistryToolkit the toolkit computing spacer logP and fluorine count */
    @Reference
    void setToolkit(ChemistryToolkit chemistryToolkit) {
        this.toolkit = chemistryToolkit;
    }

    /**
     * @return the parameters' defaults with the logP reference on the toolkit's scale, computed on the first call:
     *         not when the engine is activated, because every start that lists the engines (the registry binds
     *         them all) would otherwise load the chemistry toolkit (CDK) to compute one logP, also for a command
     *         that runs another engine
     */
    private synchronized ParameterSet defaults() {
        if (defaults == null) {
            defaults = AgeingDefaults.of(toolkit);
        }
        return defaults;
    }

    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public boolean appliesTo(NamedElement target) {
        return (target instanceof Device || target instanceof Heterostructure)
                && !TargetSpacers.cappedSpacers(target).isEmpty();
    }

    @Override
    public List<EngineSetting> settings() {
        List<EngineSetting> settings = new ArrayList<>(ConditionSettings.settings("stress_", "stress-test condition",
                IsosPreset.ISOS_D_2_85, new double[] { 85, 5, 0 }));
        settings.addAll(ConditionSettings.settings("use_", "use (field) condition", IsosPreset.ISOS_L_1,
                new double[] { 25, 50, 1 }));
        settings.add(EngineSetting.number(HORIZON, AgeingRequest.DEFAULT_HORIZON_HOURS, "h", "Longest lifetime "
                + "searched (1 to 1e7 h); longer lifetimes are reported as censored lower bounds (default assumed)."));
        settings.add(EngineSetting.count(SERIES_POINTS, 101, 2, 10_000, "Points of relative_efficiency_vs_time "
                + "over [0, 2 T80]."));
        settings.add(new EngineSetting(MigrationEngine.ASSUME_CROSS_LINKED, "true", "", "Treat spacers marked "
                + "crossLinkable as cross-linked in the film (the model records whether a spacer can be cross-linked, "
                + "not whether it was); default assumed.", List.of("true", "false")));
        settings.addAll(ParameterSettings.settings(defaults()));
        return settings;
    }

    @Override
    public void run(AnalysisRequest request, ResultBuilder result, IProgressMonitor monitor) throws EngineException {
        NamedElement target = request.target();
        List<CappedSpacer> sites = TargetSpacers.cappedSpacers(target);
        ConditionSettings.Resolved stress = ConditionSettings.resolve(request.settings(), "stress_");
        ConditionSettings.Resolved use = ConditionSettings.resolve(request.settings(), "use_");
        monitor.beginTask("Ageing projection of " + target.getName(), sites.size());
        AgeingResult worst = null;
        String worstLabel = null;
        List<String> notes = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (CappedSpacer site : sites) {
            if (monitor.isCanceled()) {
                return;
            }
            AgeingResult run = project(site, stress, use, request, notes);
            all.add(site.label() + ": T80 " + run.t80Stress().describe());
            if (worst == null || run.t80Stress().hours() < worst.t80Stress().hours()) {
                worst = run;
                worstLabel = site.label();
            }
            monitor.worked(1);
        }
        Reports.quantities(result, worst.quantities());
        Reports.series(result, worst.performance());
        report(result, worst, worstLabel, sites.size() > 1 ? all : List.of());
        result.message(Severity.INFO, "stress condition " + stress.condition().describe()
                + (stress.assumption().isEmpty() ? "" : " (" + stress.assumption() + ")"));
        result.message(Severity.INFO, "use condition " + use.condition().describe()
                + (use.assumption().isEmpty() ? "" : " (" + use.assumption() + ")"));
        Reports.messages(result, Severity.WARNING, ConditionSettings.validityWarnings(stress.condition()));
        Reports.messages(result, Severity.WARNING, ConditionSettings.validityWarnings(use.condition()));
        Reports.messages(result, Severity.INFO, notes.stream().distinct().toList());
        Reports.messages(result, Severity.INFO, worst.assumptions());
        monitor.done();
    }

    private AgeingResult project(CappedSpacer site, ConditionSettings.Resolved stress, ConditionSettings.Resolved use,
            AnalysisRequest request, List<String> notes) throws EngineException {
        SpacerMapper.Mapped spacer = SpacerMapper.map(site.spacer(), SpacerMapper.Needs.ALL,
                request.settings().flag(MigrationEngine.ASSUME_CROSS_LINKED), toolkit);
        int points = (int) request.settings().number(SERIES_POINTS);
        try {
            ParameterSet parameters = ParameterSettings.apply(defaults(), request.settings());
            CappingLayerMapper.Mapped capping = CappingLayerMapper.map(site, MigrationModel.nMax(parameters));
            notes.addAll(spacer.notes());
            notes.addAll(capping.notes());
            AgeingRequest ageing = new AgeingRequest(spacer.descriptor(), capping.cappingLayer(), stress.condition(),
                    use.condition(), request.settings().number(HORIZON), points);
            return new AgeingProjectionModel().project(ageing, parameters);
        } catch (StabilityException e) {
            throw Reports.failure("Ageing projection of " + site.label(), e);
        }
    }

    private static void report(ResultBuilder result, AgeingResult run, String label, List<String> all) {
        if (!all.isEmpty()) {
            result.message(Severity.INFO, "reported: " + label + " (shortest T80 under stress); every spacer: "
                    + String.join("; ", all));
        }
        result.message(Severity.INFO, "dominant degradation channel under stress: " + run.dominantMode().text());
        if (run.t80Stress().censored()) {
            result.message(Severity.WARNING, "T80 under stress exceeds the horizon: t80_hours is a lower bound");
        }
        if (run.t80Use().censored()) {
            result.message(Severity.WARNING, "T80 at the use condition exceeds the horizon: t80_use_hours is a lower "
                    + "bound");
        }
        SensitivityEntry top = run.sensitivity().mostInfluential();
        result.message(Severity.INFO, "least certain parameter for T80: " + top.parameterName() + " — "
                + top.describe("T80", "h"));
        result.message(Severity.INFO, "T80 sensitivity, one parameter at a time over its stated uncertainty "
                + "(largest swing first):\n" + run.sensitivity().entries().stream()
                        .map(e -> e.describe("T80", "h")).collect(Collectors.joining("\n")));
        run.sensitivity().skipped().forEach(s -> result.message(Severity.INFO, "sensitivity not evaluated: " + s));
    }
}
