package org.heterostack.ui.internal.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.heterostack.engine.AnalysisTargets;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.IEngineRegistry;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.NamedElement;

/**
 * What "Analyze Model" runs: for every material, heterostructure and device of a model, every engine that applies
 * to it (as {@code heterostack analyze} does), except in a category where the user prefers one engine: there only
 * that engine runs, on the objects it applies to (the others of the category stand in where it does not apply).
 */
public final class AnalysisPlan {

    /**
     * One analysis to run.
     *
     * @param target the model object
     * @param engine the engine chosen for it
     */
    public record Run(NamedElement target, IAnalysisEngine engine) {
    }

    private AnalysisPlan() {
    }

    /**
     * @param model     the model
     * @param registry  the installed engines
     * @param preferred the preferred engine id per category (empty: every applicable engine)
     * @return the runs, target by target, categories in their declared order, best ranked engines first
     */
    public static List<Run> of(HeterostackModel model, IEngineRegistry registry,
            Function<EngineCategory, Optional<String>> preferred) {
        List<Run> runs = new ArrayList<>();
        for (NamedElement target : AnalysisTargets.of(model)) {
            for (EngineCategory category : EngineCategory.VALUES) {
                engines(registry.engines(category), target, preferred.apply(category))
                        .forEach(engine -> runs.add(new Run(target, engine)));
            }
        }
        return runs;
    }

    private static List<IAnalysisEngine> engines(List<IAnalysisEngine> ranked, NamedElement target,
            Optional<String> preferredId) {
        List<IAnalysisEngine> applicable = ranked.stream().filter(e -> e.appliesTo(target)).toList();
        List<IAnalysisEngine> chosen = applicable.stream()
                .filter(e -> preferredId.filter(e.descriptor().id()::equals).isPresent()).toList();
        return chosen.isEmpty() ? applicable : chosen;
    }
}
