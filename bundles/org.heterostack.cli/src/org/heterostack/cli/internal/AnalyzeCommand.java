package org.heterostack.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
import org.heterostack.study.EngineChoices;
import org.heterostack.study.RunPlan;
import org.heterostack.study.StoredResults;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code heterostack analyze FILE... ...}: runs engines on the objects of model files and prints the results; several
 * files are analysed in one process, one after the other ({@link AnalysisBatch}).
 */
@Command(name = "analyze", description = { "run analysis engines on the objects of model files",
    "Several files are analysed one after the other; with --json one JSON object per file and line.",
    "Exit code 0 all analyses ok, 1 one failed, 2 bad input or usage (the worst of the files)." }, customSynopsis = AnalyzeArguments.USAGE)
final class AnalyzeCommand implements Callable<Integer> {

    /**
     * What picocli parsed, before it is checked ({@link AnalyzeArguments#of}).
     *
     * @param files      the positional arguments
     * @param engine     {@code --engine} values
     * @param prefer     {@code --prefer} values
     * @param allEngines {@code --all-engines}
     * @param target     {@code --target} values
     * @param set        {@code --set} values
     * @param setting    {@code --setting} values
     * @param json       {@code --json}
     * @param store      {@code --store}
     * @param noValidate {@code --no-validate}
     * @param timeout    {@code --timeout} (seconds, as given)
     */
    record Options(List<String> files, List<String> engine, List<String> prefer, boolean allEngines,
            List<String> target, List<String> set, List<String> setting, boolean json, boolean store,
            boolean noValidate, String timeout) {

        /** @return the options that take a value, with their values */
        Map<String, List<String>> valued() {
            Map<String, List<String>> valued = new LinkedHashMap<>();
            valued.put("--engine", engine);
            valued.put("--prefer", prefer);
            valued.put("--target", target);
            valued.put("--set", set);
            valued.put("--setting", setting);
            valued.put("--timeout", List.of(timeout));
            return valued;
        }
    }

    private final PrintStream out;
    private final PrintStream err;

    @Parameters(paramLabel = "FILE", description = "the model files")
    private List<String> files = new ArrayList<>();

    @Option(names = "--engine", paramLabel = "ID", description = "run this engine (repeatable; default: every engine "
            + "that applies, in a category with a preferred engine that one where it applies)")
    private List<String> engine = new ArrayList<>();

    @Option(names = "--prefer", paramLabel = "ID",
            description = "prefer this engine in its category (repeatable, one per category)")
    private List<String> prefer = new ArrayList<>();

    @Option(names = "--all-engines", description = "run every engine that applies, whatever is preferred")
    private boolean allEngines;

    @Option(names = "--target", paramLabel = "NAME", description = "analyse this object (repeatable; default: every "
            + "material, heterostructure and device)")
    private List<String> target = new ArrayList<>();

    @Option(names = "--set", paramLabel = "NAME.FEATURE=VALUE",
            description = "change an attribute for this run only (the file is not written)")
    private List<String> set = new ArrayList<>();

    @Option(names = "--setting", paramLabel = "NAME=VALUE", description = "an engine setting (see 'heterostack engines')")
    private List<String> setting = new ArrayList<>();

    @Option(names = "--json", description = "print one JSON object per file, one per line (keys in docs/cli.md)")
    private boolean json;

    @Option(names = "--store", description = "write the results into each FILE (atomically), replacing its earlier results "
            + "of the same object and engine")
    private boolean store;

    @Option(names = "--no-validate", description = "analyse a model the validator rejects (its errors become warnings)")
    private boolean noValidate;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "how long one engine may run on one object "
            + "before its result is marked failed (default " + AnalyzeArguments.DEFAULT_TIMEOUT_S + ", at most "
            + AnalyzeArguments.MAX_TIMEOUT_S + ")")
    private String timeout = String.valueOf(AnalyzeArguments.DEFAULT_TIMEOUT_S);

    AnalyzeCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws UsageException {
        AnalyzeArguments arguments = AnalyzeArguments.of(new Options(files, engine, prefer, allEngines, target, set,
                setting, json, store, noValidate, timeout));
        IEngineRegistry registry = EngineRegistryLookup.registry();
        List<IAnalysisEngine> engines = engines(registry, arguments.engineIds());
        checkSettingsAreDeclared(engines, arguments.settings());
        EngineChoices choices = choices(registry, arguments.preferred());
        if (arguments.files().size() == 1) {
            return analyze(arguments.files().get(0), registry, engines, choices, arguments);
        }
        return AnalysisBatch.run(arguments.files(), arguments.json(), out, err,
                file -> analyze(file, registry, engines, choices, arguments));
    }

    private int analyze(Path file, IEngineRegistry registry, List<IAnalysisEngine> engines, EngineChoices choices,
            AnalyzeArguments arguments) throws UsageException {
        HeterostackModel model = ModelInput.load(file, err);
        ModelOverrides.apply(model, arguments.overrides());
        ModelInput.validate(model, file, arguments.validate(), "nothing was analysed. Fix it, or analyse"
                + " it anyway with --no-validate", err);
        List<NamedElement> targets = targets(model, arguments.targets());
        RunPlan plan = plan(registry, engines, targets, choices, arguments);
        if (plan.isEmpty()) {
            throw new UsageException("no installed engine applies to the selected objects of " + file);
        }
        List<AnalysisResult> results;
        try {
            results = plan.execute(new AnalysisRunner(arguments.timeout()), null);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (arguments.json()) {
            ResultOutput.printJson(file.toString(), results, out);
        } else {
            ResultOutput.printText(results, out);
        }
        if (arguments.store()) {
            store(model, results, file);
            if (!arguments.json()) {
                out.println(results.size() + " results stored in " + file);
            }
        }
        return results.stream().allMatch(r -> r.getStatus() == ResultStatus.OK) ? ExitCode.OK : ExitCode.ANALYSIS_FAILED;
    }

    /** The engines named with --engine, every engine (--all-engines), or the user's choices (--prefer). */
    private static RunPlan plan(IEngineRegistry registry, List<IAnalysisEngine> engines, List<NamedElement> targets,
            EngineChoices choices, AnalyzeArguments arguments) {
        Function<IAnalysisEngine, Map<String, String>> settings = engine -> declared(engine, arguments.settings());
        if (!arguments.engineIds().isEmpty()) {
            return RunPlan.named(engines, targets, !arguments.targets().isEmpty(), settings);
        }
        if (arguments.allEngines()) {
            return RunPlan.everyEngine(registry, targets, settings);
        }
        return RunPlan.chosen(registry, targets, choices, settings);
    }

    /** The engines preferred in their category (--prefer), which must be installed. */
    private static EngineChoices choices(IEngineRegistry registry, List<String> preferred) throws UsageException {
        EngineChoices choices = EngineChoices.none();
        for (String id : preferred) {
            IAnalysisEngine engine = registry.find(EngineSelector.anyVersion(id)).orElseThrow(() -> new UsageException(
                    "no engine '" + id + "' is installed; 'heterostack engines' lists them"));
            choices = choices.with(engine.descriptor().category(), EngineSelector.anyVersion(id));
        }
        return choices;
    }

    private static Map<String, String> declared(IAnalysisEngine engine, Map<String, String> settings) {
        Map<String, String> declared = new LinkedHashMap<>();
        engine.settings().stream().filter(s -> settings.containsKey(s.name()))
                .forEach(s -> declared.put(s.name(), settings.get(s.name())));
        return declared;
    }

    private static void store(HeterostackModel model, List<AnalysisResult> results, Path file)
            throws UsageException {
        try {
            StoredResults.store(model, results, file);
        } catch (IOException | RuntimeException e) {
            throw new UsageException("cannot store the results in " + file + " (the file is unchanged): "
                    + e.getMessage());
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
