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
import org.heterostack.engine.stability.internal.mapping.SpacerMapper;
import org.heterostack.engine.stability.internal.mapping.TargetSpacers;
import org.heterostack.engine.stability.internal.spacerchemistry.SpacerChemistryModel;
import org.heterostack.engine.stability.internal.spacerchemistry.SpacerChemistryParameters;
import org.heterostack.engine.stability.internal.spacerchemistry.SpacerChemistryResult;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.NamedElement;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.Severity;
import org.osgi.service.component.annotations.Component;

/**
 * Spacer chemistry: deprotonation of the spacer ammonium (from its pKa) and reaction of the free amine with FA+
 * (amidine formation, NH3 release), Arrhenius in temperature and linear in light ({@link SpacerChemistryModel}).
 * Applies to an organic cation, or to a 2D phase, heterostructure or device through their spacers; with several
 * spacers the most reactive one is reported and the others are listed in messages.
 */
@Component(service = IAnalysisEngine.class, property = { EngineProperties.ID + "=" + SpacerChemistryEngine.ID,
        EngineProperties.VERSION + "=" + SpacerChemistryEngine.VERSION, EngineProperties.CATEGORY + "=STABILITY" })
public class SpacerChemistryEngine implements IAnalysisEngine {

    /** The engine id. */
    public static final String ID = "org.heterostack.engine.stability.spacerchemistry";

    /** The engine version. */
    public static final String VERSION = "1.0.0";

    private static final ParameterSet DEFAULTS = SpacerChemistryParameters.defaults();

    private static final EngineDescriptor DESCRIPTOR = new EngineDescriptor(ID, "Spacer chemistry (pKa, reaction "
            + "with FA+)", VERSION, EngineCategory.STABILITY, "Heterostack",
            ConditionSettings.withIsosCitation(SpacerChemistryModel.INFO.citations()),
            "Fraction of spacer reacted with FA+ versus time, x(t) = 1 - exp(-r t). The spacer ammonium is in fast "
                    + "acid-base pre-equilibrium with its free amine at an effective film pH (Henderson-Hasselbalch, "
                    + "pKa(T) by van 't Hoff); the amine forms an amidine with FA+ (NH3 release) with an Arrhenius "
                    + "rate A exp(-Ea/kT) times (1 + beta I) under light. Assumptions: FA+ in excess, all amines share "
                    + "A and Ea (spacers differ only by pKa), the film buffers the proton activity. The dominant risk "
                    + "(low pKa, heat or light) is named. Prefactor calibrated (assumed) to PEA half reacted after "
                    + "about 500 h at 85 °C and 1 sun.",
            "230-400 K, 0-10 suns, pKa 0-20. A ranking and order-of-magnitude tool, not a certified lifetime.");


    @Override
    public EngineDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public boolean appliesTo(NamedElement target) {
        return !TargetSpacers.spacers(target).isEmpty();
    }

    @Override
    public List<EngineSetting> settings() {
        List<EngineSetting> settings = new ArrayList<>(ConditionSettings.settings("", "ageing condition",
                IsosPreset.ISOS_L_2_85, new double[] { 85, 5, 1 }));
        settings.addAll(Reports.gridSettings(1000));
        settings.addAll(ParameterSettings.settings(DEFAULTS));
        return settings;
    }

    @Override
    public void run(AnalysisRequest request, ResultBuilder result, IProgressMonitor monitor) throws EngineException {
        NamedElement target = request.target();
        List<OrganicCation> spacers = TargetSpacers.spacers(target);
        ConditionSettings.Resolved condition = ConditionSettings.resolve(request.settings(), "");
        TimeGrid grid = Reports.grid(request.settings());
        monitor.beginTask("Spacer chemistry of " + target.getName(), spacers.size());
        SpacerChemistryResult worst = null;
        OrganicCation worstSpacer = null;
        List<String> others = new ArrayList<>();
        for (OrganicCation spacer : spacers) {
            if (monitor.isCanceled()) {
                return;
            }
            SpacerChemistryResult run = run(spacer, condition, grid, request);
            others.add(String.format(Locale.ROOT, "spacer %s (pKa %.2f): reacted fraction %.4g after %.4g h, "
                    + "half-life %.4g h", SpacerMapper.label(spacer), spacer.getPKa(),
                    run.quantity("reacted_fraction").value(), grid.durationHours(),
                    run.quantity("half_life_hours").value()));
            if (worst == null || run.quantity("reacted_fraction").value() > worst.quantity("reacted_fraction").value()) {
                worst = run;
                worstSpacer = spacer;
            }
            monitor.worked(1);
        }
        report(result, worstSpacer, worst, condition, spacers.size() > 1 ? others : List.of());
        monitor.done();
    }

    private static SpacerChemistryResult run(OrganicCation spacer, ConditionSettings.Resolved condition,
            TimeGrid grid, AnalysisRequest request) throws EngineException {
        SpacerMapper.Mapped mapped = SpacerMapper.map(spacer, SpacerMapper.Needs.PKA, false, null);
        try {
            ParameterSet parameters = ParameterSettings.apply(DEFAULTS, request.settings());
            return new SpacerChemistryModel().run(mapped.descriptor(), condition.condition(), grid, parameters);
        } catch (StabilityException e) {
            throw Reports.failure("Spacer chemistry of organic cation '" + spacer.getName() + "'", e);
        }
    }

    private static void report(ResultBuilder result, OrganicCation spacer, SpacerChemistryResult run,
            ConditionSettings.Resolved condition, List<String> allSpacers) {
        Reports.quantities(result, run.quantities());
        Reports.series(result, run.reactedFraction());
        String label = SpacerMapper.label(spacer);
        result.message(Severity.INFO, "dominant risk of spacer " + label + ": " + run.riskText());
        if (!allSpacers.isEmpty()) {
            result.message(Severity.INFO, "the most reactive spacer, " + label + ", is reported; every spacer: "
                    + String.join("; ", allSpacers));
        }
        Reports.pKaSource(result, label, spacer.getPKa(), spacer.getPKaSource());
        if (!condition.assumption().isEmpty()) {
            result.message(Severity.INFO, "condition " + condition.assumption());
        }
        Reports.messages(result, Severity.WARNING, ConditionSettings.validityWarnings(condition.condition()));
        Reports.messages(result, Severity.INFO, run.assumptions());
    }
}
