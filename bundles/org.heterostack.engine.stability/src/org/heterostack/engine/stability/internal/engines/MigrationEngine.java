package org.heterostack.engine.stability.internal.engines;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.heterostack.engine.AnalysisRequest;
import org.heterostack.engine.EngineDescriptor;
import org.heterostack.engine.EngineException;
import org.heterostack.engine.EngineProperties;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.ResultBuilder;
import org.heterostack.engine.stability.internal.common.ParameterSet;
import org.heterostack.engine.stability.internal.common.StabilityException;
import org.heterostack.engine.stability.internal.common.TimeGrid;
import org.heterostack.engine.stability.internal.condition.IsosPreset;
import org.heterostack.engine.stability.internal.mapping.CappedSpacer;
import org.heterostack.engine.stability.internal.mapping.CappingLayerMapper;
import org.heterostack.engine.stability.internal.mapping.SpacerMapper;
import org.heterostack.engine.stability.internal.mapping.TargetSpacers;
import org.heterostack.engine.stability.internal.migration.MigrationModel;
import org.heterostack.engine.stability.internal.migration.MigrationParameters;
import org.heterostack.engine.stability.internal.migration.MigrationResult;
import org.heterostack.engine.stability.internal.migration.NDistribution;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.Heterostructure;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Perovskite2D;
import org.heterostack.model.Placement;
import org.heterostack.model.Severity;
import org.heterostack.model.TwoDPhasePlacement;
import org.osgi.service.component.annotations.Component;

/**
 * Spacer migration and reconstruction of the 2D capping layer under thermal ageing ({@link MigrationModel}):
 * penetration depth sqrt(D t) with an Arrhenius D per spacer class (from the cation's tail class; cross-linkable
 * spacers suppressed), the spacer retained in the capping layer, and the drift of its n distribution. Applies to
 * a 2D phase or a heterostructure; with several spacers or phases the one losing most of its capping layer is
 * reported.
 */
@Component(service = IAnalysisEngine.class, property = { EngineProperties.ID + "=" + MigrationEngine.ID,
        EngineProperties.VERSION + "=" + MigrationEngine.VERSION, EngineProperties.CATEGORY + "=STABILITY" })
public class MigrationEngine implements IAnalysisEngine {

    /** The engine id. */
    public static final String ID = "org.heterostack.engine.stability.migration";

    /** The engine version. */
    public static final String VERSION = "1.0.0";

    /** Setting: whether cross-linkable spacers are taken as cross-linked in the film. */
    static final String ASSUME_CROSS_LINKED = "assume_cross_linked";

    private static final ParameterSet DEFAULTS = MigrationParameters.defaults();

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Spacer migration and 2D "
            + "reconstruction", VERSION, EngineCategory.STABILITY, "Heterostack",
            ConditionSettings.withIsosCitation(MigrationModel.INFO.citations()),
            "Fickian spacer diffusion from the 2D capping layer into the 3D film: D = D0 exp(-Ea/kT) per spacer class "
                    + "(alkyl stays near the surface, aryl penetrates deeper, bulky conjugated is impeded; D0 of "
                    + "cross-linked spacers multiplied by a suppression factor), penetration depth L = sqrt(D t), spacer "
                    + "retained in a slab of the capping-layer thickness (Crank eq. 2.15), and the n distribution drifting "
                    + "by uniform dilution (n -> n/phi; slabs beyond n_max count as 3D). Assumptions: same D in 2D and "
                    + "3D, no re-formation of 2D phases, no light effect; D0 calibrated (assumed) to aryl 100 nm and "
                    + "alkyl 4 nm after 1000 h at 85 °C.",
            "230-400 K; D is an effective diffusivity; capping layers 0.5 nm-10 µm with n up to migration.n_max_2d.");


    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public boolean appliesTo(NamedElement target) {
        return (target instanceof Perovskite2D || target instanceof Heterostructure)
                && !TargetSpacers.cappedSpacers(target).isEmpty();
    }

    @Override
    public List<EngineSetting> settings() {
        List<EngineSetting> settings = new ArrayList<>(ConditionSettings.settings("", "thermal-ageing condition",
                IsosPreset.ISOS_D_2_85, new double[] { 85, 5, 0 }));
        settings.addAll(Reports.gridSettings(1000));
        settings.add(new EngineSetting(ASSUME_CROSS_LINKED, "true", "", "Treat spacers marked crossLinkable as "
                + "cross-linked in the film (the model records whether a spacer can be cross-linked, not whether the "
                + "cross-linking step was done); default assumed.", List.of("true", "false")));
        settings.addAll(ParameterSettings.settings(DEFAULTS));
        return settings;
    }

    @Override
    public void run(AnalysisRequest request, ResultBuilder result, IProgressMonitor monitor) throws EngineException {
        NamedElement target = request.target();
        List<CappedSpacer> sites = TargetSpacers.cappedSpacers(target);
        ConditionSettings.Resolved condition = ConditionSettings.resolve(request.settings(), "");
        TimeGrid grid = Reports.grid(request.settings());
        boolean crossLinked = request.settings().flag(ASSUME_CROSS_LINKED);
        monitor.beginTask("Spacer migration in " + target.getName(), sites.size());
        MigrationResult worst = null;
        List<String> notes = new ArrayList<>();
        List<String> all = new ArrayList<>();
        String worstLabel = null;
        for (CappedSpacer site : sites) {
            if (monitor.isCanceled()) {
                return;
            }
            MigrationResult run = run(site, condition, grid, crossLinked, request, notes);
            double retained = run.quantity("retained_capping_fraction").value();
            all.add(String.format(Locale.ROOT, "%s: penetration depth %.4g nm, retained capping fraction %.4g",
                    site.label(), run.quantity("penetration_depth_nm").value(), retained));
            if (worst == null || retained < worst.quantity("retained_capping_fraction").value()) {
                worst = run;
                worstLabel = site.label();
            }
            monitor.worked(1);
        }
        Reports.quantities(result, worst.quantities());
        reportDistribution(result, worst);
        Reports.series(result, worst.penetrationDepth());
        Reports.series(result, worst.retainedCappingFraction());
        Reports.series(result, worst.meanN());
        if (sites.size() > 1) {
            result.message(Severity.INFO, "reported: " + worstLabel + " (loses most of its capping layer); every "
                    + "spacer: " + String.join("; ", all));
        }
        if (!condition.assumption().isEmpty()) {
            result.message(Severity.INFO, "condition " + condition.assumption());
        }
        Reports.messages(result, Severity.WARNING, ConditionSettings.validityWarnings(condition.condition()));
        Reports.messages(result, Severity.WARNING, placementWarnings(target));
        Reports.messages(result, Severity.INFO, notes.stream().distinct().toList());
        Reports.messages(result, Severity.INFO, worst.assumptions());
        monitor.done();
    }

    private static MigrationResult run(CappedSpacer site, ConditionSettings.Resolved condition, TimeGrid grid,
            boolean crossLinked, AnalysisRequest request, List<String> notes) throws EngineException {
        SpacerMapper.Mapped spacer = SpacerMapper.map(site.spacer(), SpacerMapper.Needs.MIGRATION, crossLinked, null);
        try {
            ParameterSet parameters = ParameterSettings.apply(DEFAULTS, request.settings());
            CappingLayerMapper.Mapped capping = CappingLayerMapper.map(site, MigrationModel.nMax(parameters));
            notes.addAll(spacer.notes());
            notes.addAll(capping.notes());
            return new MigrationModel().run(spacer.descriptor(), condition.condition(), capping.cappingLayer(), grid,
                    parameters);
        } catch (StabilityException e) {
            throw Reports.failure("Migration of " + site.label(), e);
        }
    }

    /** The n distribution before and after, as series over n and one key per n. */
    private static void reportDistribution(ResultBuilder result, MigrationResult run) {
        NDistribution end = run.finalDistribution();
        double[] n = new double[end.pbFractionByN().size()];
        double[] fraction = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            n[i] = i + 1;
            fraction[i] = end.pbFractionByN().get(i);
            result.quantity("pb_fraction_n" + (i + 1) + "_final", fraction[i], "1", "fraction of the capping "
                    + "layer's lead in the n = " + (i + 1) + " phase at the end");
        }
        result.quantity("mean_n_drift", run.quantity("mean_n_final").value() - run.quantity("mean_n_initial").value(),
                "1", "change of the Pb-weighted mean n of the remaining 2D phases");
        result.series("n_distribution_final", "n", "1", n, "Pb fraction", "1", fraction);
    }

    private static List<String> placementWarnings(NamedElement target) {
        List<String> warnings = new ArrayList<>();
        for (TwoDPhasePlacement placement : TargetSpacers.placements(target)) {
            if (placement.getPlacement() == Placement.GRAIN_BOUNDARIES || placement.getPlacement() == Placement.BULK_MIXED) {
                warnings.add("2D phase " + (placement.getPhase() == null ? "" : "'" + placement.getPhase().getName()
                        + "' ") + "is placed at " + placement.getPlacement().getLiteral() + ": the model treats it as "
                        + "a planar capping slab, which is only a rough picture there");
            }
        }
        return warnings;
    }
}
