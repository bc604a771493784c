package org.heterostack.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.AnalysisTargets;
import org.heterostack.engine.EngineRegistryLookup;
import org.heterostack.engine.EngineSelector;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.IEngineRegistry;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.NamedElement;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.Severity;
import org.heterostack.model.io.FileDiagnostic;
import org.heterostack.model.io.LoadResult;
import org.heterostack.model.io.ModelFiles;
import org.heterostack.model.validation.ModelProblem;
import org.heterostack.model.validation.ModelValidation;
import org.heterostack.study.EngineChoices;
import org.heterostack.study.RunPlan;
import org.heterostack.study.StoredResults;

/** {@code heterostack analyze FILE ...}: runs engines on the objects of a model file and prints the results. */
final class AnalyzeCommand implements Command {

    @Override
    public String name() {
        return "analyze";
    }

    @Override
    public String summary() {
        return "run analysis engines on the objects of a model file";
    }

    @Override
    public String usage() {
        return AnalyzeArguments.USAGE + "\n"
                + "  --engine ID              run this engine (repeatable; default: every engine that applies,\n"
                + "                           in a category with a preferred engine that one where it applies)\n"
                + "  --prefer ID              prefer this engine in its category (repeatable, one per category)\n"
                + "  --all-engines            run every engine that applies, whatever is preferred\n"
                + "  --target NAME            analyse this object (repeatable; default: every material,\n"
                + "                           heterostructure and device)\n"
                + "  --set NAME.FEATURE=VALUE change an attribute for this run only (the file is not written)\n"
                + "  --setting NAME=VALUE     an engine setting (see 'heterostack engines')\n"
                + "  --json                   print one JSON object (keys in docs/cli.md)\n"
                + "  --store                  write the results into FILE (atomically), replacing its earlier\n"
                + "                           results of the same object and engine\n"
                + "  --no-validate            analyse a model the validator rejects (its errors become warnings)\n"
                + "  Exit code 0 all analyses ok, 1 one failed, 2 bad input or usage.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        AnalyzeArguments arguments = AnalyzeArguments.parse(args);
        HeterostackModel model = load(arguments, err);
        ModelOverrides.apply(model, arguments.overrides());
        validate(model, arguments, err);
        IEngineRegistry registry = EngineRegistryLookup.registry();
        List<IAnalysisEngine> engines = engines(registry, arguments.engineIds());
        List<NamedElement> targets = targets(model, arguments.targets());
        checkSettingsAreDeclared(engines, arguments.settings());
        RunPlan plan = plan(registry, engines, targets, arguments);
        if (plan.isEmpty()) {
            throw new UsageException("no installed engine applies to the selected objects of " + arguments.file());
        }
        List<AnalysisResult> results;
        try {
            results = plan.execute(new AnalysisRunner(), null);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (arguments.json()) {
            ResultOutput.printJson(arguments.file().toString(), results, out);
        } else {
            ResultOutput.printText(results, out);
        }
        if (arguments.store()) {
            store(model, results, arguments);
            if (!arguments.json()) {
                out.println(results.size() + " results stored in " + arguments.file());
            }
        }
        return results.stream().allMatch(r -> r.getStatus() == ResultStatus.OK) ? ExitCode.OK : ExitCode.ANALYSIS_FAILED;
    }

    /** The engines named with --engine, every engine (--all-engines), or the user's choices (--prefer). */
    private static RunPlan plan(IEngineRegistry registry, List<IAnalysisEngine> engines, List<NamedElement> targets,
            AnalyzeArguments arguments) throws UsageException {
        Function<IAnalysisEngine, Map<String, String>> settings = engine -> declared(engine, arguments.settings());
        if (!arguments.engineIds().isEmpty()) {
            return RunPlan.named(engines, targets, !arguments.targets().isEmpty(), settings);
        }
        if (arguments.allEngines()) {
            return RunPlan.everyEngine(registry, targets, settings);
        }
        EngineChoices choices = EngineChoices.none();
        for (String id : arguments.preferred()) {
            IAnalysisEngine preferred = registry.find(EngineSelector.anyVersion(id)).orElseThrow(() -> new UsageException(
                    "no engine '" + id + "' is installed; 'heterostack engines' lists them"));
            choices = choices.with(preferred.descriptor().category(), EngineSelector.anyVersion(id));
        }
        return RunPlan.chosen(registry, targets, choices, settings);
    }

    private static Map<String, String> declared(IAnalysisEngine engine, Map<String, String> settings) {
        Map<String, String> declared = new LinkedHashMap<>();
        engine.settings().stream().filter(s -> settings.containsKey(s.name()))
                .forEach(s -> declared.put(s.name(), settings.get(s.name())));
        return declared;
    }

    private static void store(HeterostackModel model, List<AnalysisResult> results, AnalyzeArguments arguments)
            throws UsageException {
        try {
            StoredResults.store(model, results, arguments.file());
        } catch (IOException | RuntimeException e) {
            throw new UsageException("cannot store the results in " + arguments.file() + " (the file is unchanged): "
                    + e.getMessage());
        }
    }

    /** Refuses a model with validation errors (unless --no-validate), before any engine runs; shows warnings. */
    private static void validate(HeterostackModel model, AnalyzeArguments arguments, PrintStream err)
            throws UsageException {
        List<ModelProblem> problems = ModelValidation.validate(model);
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        for (ModelProblem problem : problems) {
            boolean error = problem.severity() == Severity.ERROR && arguments.validate();
            err.println(arguments.file() + ": " + (error ? "error: " : "warning: ") + problem.message());
        }
        if (errors > 0 && arguments.validate()) {
            throw new UsageException(arguments.file() + " is not a valid model (" + errors
                    + (errors == 1 ? " error" : " errors") + "); nothing was analysed. Fix it, or analyse it anyway "
                    + "with --no-validate");
        }
    }

    private static void checkSettingsAreDeclared(List<IAnalysisEngine> engines, Map<String, String> settings)
            throws UsageException {
        for (String name : settings.keySet()) {
            if (engines.stream().flatMap(e -> e.settings().stream()).noneMatch(s -> s.name().equals(name))) {
                throw new UsageException("no selected engine has a setting '" + name
                        + "'; 'heterostack engines' lists the settings");
            }
        }
    }

    private static HeterostackModel load(AnalyzeArguments arguments, PrintStream err) throws UsageException {
        LoadResult loaded = ModelFiles.load(arguments.file());
        if (!loaded.ok()) {
            List<FileDiagnostic> errors = loaded.errors();
            errors.subList(0, errors.size() - 1).forEach(err::println);
            throw new UsageException(errors.get(errors.size() - 1).toString());
        }
        loaded.diagnostics().forEach(err::println);
        return loaded.model();
    }

    private static List<IAnalysisEngine> engines(IEngineRegistry registry, List<String> ids) throws UsageException {
        if (ids.isEmpty()) {
            return registry.engines();
        }
        List<IAnalysisEngine> engines = new ArrayList<>();
        for (String id : ids) {
            engines.add(registry.find(EngineSelector.anyVersion(id)).orElseThrow(() -> new UsageException(
                    "no engine '" + id + "' is installed; 'heterostack engines' lists them")));
        }
        return engines;
    }

    private static List<NamedElement> targets(HeterostackModel model, List<String> names) throws UsageException {
        if (names.isEmpty()) {
            return AnalysisTargets.of(model);
        }
        List<NamedElement> targets = new ArrayList<>();
        for (String name : names) {
            if (!(ModelOverrides.named(model, name) instanceof NamedElement target)) {
                throw new UsageException("'" + name + "' cannot be analysed on its own; name its material, heterostructure"
                        + " or device");
            }
            targets.add(target);
        }
        return targets;
    }
}
