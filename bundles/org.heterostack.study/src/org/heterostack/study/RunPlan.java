package org.heterostack.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.EngineSelector;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.IEngineRegistry;
import org.heterostack.engine.IValueConsumer;
import org.heterostack.engine.IValueSupplier;
import org.heterostack.engine.ResultBuilder;
import org.heterostack.engine.SuppliedValue;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.NamedElement;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.Severity;

/**
 * What an analysis of model objects runs, decided once for every host (the CLI's {@code analyze}, the workbench's
 * Analyze Model): which engine runs on which object with which settings, and running it.
 * <ul>
 * <li>{@link #chosen}: per object and category, the engine the registry {@linkplain IEngineRegistry#choose chooses}
 * for the user's {@link EngineChoices} when it is one of them and applies to the object; otherwise (no choice in
 * the category, the chosen engine not installed or not applicable to this object) every engine of the category
 * that applies.</li>
 * <li>{@link #everyEngine}: every installed engine on every object it applies to, whatever the choices
 * ({@code analyze --all-engines}).</li>
 * <li>{@link #named}: the engines the user named, on the objects they apply to, or on every named object when
 * the objects were named too ({@code analyze --engine ID --target NAME}).</li>
 * </ul>
 * Runs are ordered object by object, categories in their declared order, best ranked engines first.
 */
public final class RunPlan {

    /**
     * One analysis to run.
     *
     * @param target   the model object
     * @param engine   the engine
     * @param settings the engine's settings for this run (only names it declares), by name
     */
    public record Run(NamedElement target, IAnalysisEngine engine, Map<String, String> settings) {

        /** Copies the settings. */
        public Run {
            settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        }
    }

    private final List<Run> runs;

    private RunPlan(List<Run> runs) {
        this.runs = Collections.unmodifiableList(runs);
    }

    /**
     * The plan by the user's choices.
     *
     * @param registry the installed engines
     * @param targets  the objects to analyse
     * @param choices  the user's engines per category
     * @param settings each engine's settings (the user's values of the settings it declares)
     * @return the plan
     */
    public static RunPlan chosen(IEngineRegistry registry, List<? extends NamedElement> targets,
            EngineChoices choices, Function<IAnalysisEngine, Map<String, String>> settings) {
        List<Run> runs = new ArrayList<>();
        for (NamedElement target : targets) {
            for (EngineCategory category : EngineCategory.VALUES) {
                List<IAnalysisEngine> applicable = registry.engines(category).stream()
                        .filter(engine -> engine.appliesTo(target)).toList();
                chosen(registry, category, choices.of(category), target).map(List::of).orElse(applicable)
                        .forEach(engine -> runs.add(new Run(target, engine, settings.apply(engine))));
            }
        }
        return new RunPlan(runs);
    }

    private static Optional<IAnalysisEngine> chosen(IEngineRegistry registry, EngineCategory category,
            List<EngineSelector> selectors, NamedElement target) {
        if (selectors.isEmpty()) {
            return Optional.empty();
        }
        return registry.choose(category, selectors)
                .filter(engine -> selectors.stream().anyMatch(s -> s.matches(engine.descriptor())))
                .filter(engine -> engine.appliesTo(target));
    }

    /**
     * Every engine on every object it applies to.
     *
     * @param registry the installed engines
     * @param targets  the objects to analyse
     * @param settings each engine's settings
     * @return the plan
     */
    public static RunPlan everyEngine(IEngineRegistry registry, List<? extends NamedElement> targets,
            Function<IAnalysisEngine, Map<String, String>> settings) {
        return named(registry.engines(), targets, false, settings);
    }

    /**
     * The engines the user named.
     *
     * @param engines       the engines
     * @param targets       the objects
     * @param targetsNamed  whether the user named the objects too: then every engine runs on every object, and an
     *                      engine that does not apply gives a failed result saying so
     * @param settings      each engine's settings
     * @return the plan
     */
    public static RunPlan named(List<IAnalysisEngine> engines, List<? extends NamedElement> targets,
            boolean targetsNamed, Function<IAnalysisEngine, Map<String, String>> settings) {
        List<Run> runs = new ArrayList<>();
        for (NamedElement target : targets) {
            for (IAnalysisEngine engine : engines) {
                if (targetsNamed || engine.appliesTo(target)) {
                    runs.add(new Run(target, engine, settings.apply(engine)));
                }
            }
        }
        return new RunPlan(runs);
    }

    /** @return the runs, in order */
    public List<Run> runs() {
        return runs;
    }

    /** @return whether nothing would run */
    public boolean isEmpty() {
        return runs.isEmpty();
    }

    /** @return the ids of the engines that run, each once, in plan order */
    public Set<String> engineIds() {
        Set<String> ids = new LinkedHashSet<>();
        runs.forEach(run -> ids.add(run.engine().descriptor().id()));
        return ids;
    }

    /**
     * Runs the plan, one run after the other (an engine parallelises inside itself). Engines chain per object:
     * the runs of engines that supply values ({@link IValueSupplier}, e.g. photophysics giving a 2D layer's band
     * edges) go first, and an engine that uses such values ({@link IValueConsumer}, e.g. drift-diffusion) gets
     * those of the same object in a working copy, recorded in its result's messages and provenance; a value the
     * user set is never replaced. The results come back in plan order.
     *
     * @param runner  runs each engine (time limit, failures as failed results, provenance)
     * @param monitor progress (one unit per run, the engine and object as the sub-task) and cancellation; may be
     *                null
     * @return the results, in plan order
     * @throws OperationCanceledException when the monitor was cancelled
     * @throws IllegalArgumentException   when an engine refuses a setting value (bad input, before it runs)
     */
    public List<AnalysisResult> execute(AnalysisRunner runner, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Analyzing", runs.size());
        Map<Run, AnalysisResult> results = new IdentityHashMap<>();
        Map<NamedElement, List<SuppliedValue>> supplied = new IdentityHashMap<>();
        List<Run> suppliersFirst = new ArrayList<>(runs);
        suppliersFirst.sort(Comparator.comparing(run -> !(run.engine() instanceof IValueSupplier)));
        for (Run run : suppliersFirst) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            progress.subTask(run.engine().descriptor().name() + " on '" + run.target().getName() + "'");
            AnalysisResult result = runner.run(run.engine(), run.target(), run.settings(), progress.split(1),
                    needed(run.engine(), supplied.getOrDefault(run.target(), List.of())));
            results.put(run, result);
            if (run.engine() instanceof IValueSupplier supplier && result.getStatus() == ResultStatus.OK) {
                try {
                    supplied.computeIfAbsent(run.target(), target -> new ArrayList<>())
                            .addAll(supplier.supply(run.target(), result));
                } catch (RuntimeException e) { // an installed engine is untrusted code: its values are left out
                    new ResultBuilder(result).message(Severity.WARNING, "its values were not passed on to other "
                            + "engines: " + e);
                }
            }
        }
        return runs.stream().map(results::get).toList();
    }

    /** @return the supplied values the engine uses (none for an engine that declares no needs) */
    private static List<SuppliedValue> needed(IAnalysisEngine engine, List<SuppliedValue> supplied) {
        if (!(engine instanceof IValueConsumer consumer) || supplied.isEmpty()) {
            return List.of();
        }
        // several engines of a category may supply the same value (analyze runs every applicable engine by default):
        // the first in plan order, the chosen one, is the one used
        Map<List<Object>, SuppliedValue> first = new LinkedHashMap<>();
        supplied.stream().filter(value -> consumer.neededAttributes().contains(value.attribute()))
                .forEach(value -> first.putIfAbsent(List.of(value.owner(), value.attribute()), value));
        return List.copyOf(first.values());
    }
}
