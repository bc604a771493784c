package org.heterostack.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.heterostack.engine.EngineDescriptor;
import org.heterostack.engine.EngineRegistryLookup;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.model.io.JsonWriter;

/** {@code heterostack engines [--json]}: the installed analysis engines. */
final class EnginesCommand implements Command {

    @Override
    public String name() {
        return "engines";
    }

    @Override
    public String summary() {
        return "list the installed analysis engines";
    }

    @Override
    public String usage() {
        return "heterostack engines [--json]\n  Lists every installed engine by category, best ranked first, with its"
                + " version, model and settings.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
        boolean json = false;
        for (String arg : args) {
            if (!arg.equals("--json")) {
                throw new UsageException("engines: unknown argument '" + arg + "'; usage: " + usage().lines().findFirst().get());
            }
            json = true;
        }
        List<IAnalysisEngine> engines = EngineRegistryLookup.registry().engines();
        if (json) {
            List<Object> list = new ArrayList<>();
            engines.forEach(engine -> list.add(describe(engine)));
            out.println(JsonWriter.write(Map.of("engines", list)));
        } else {
            engines.forEach(engine -> printText(engine, out));
            if (engines.isEmpty()) {
                out.println("No analysis engines are installed.");
            }
        }
        return ExitCode.OK;
    }

    private static Map<String, Object> describe(IAnalysisEngine engine) {
        EngineDescriptor d = engine.descriptor();
        List<Object> settings = new ArrayList<>();
        for (EngineSetting s : engine.settings()) {
            settings.add(JsonWriter.object("name", s.name(), "default", s.defaultValue(), "unit", s.unit(),
                    "description", s.description(), "choices", s.choices()));
        }
        return JsonWriter.object("id", d.id(), "name", d.name(), "version", d.version(), "category",
                d.category().getLiteral(), "provider", d.provider(), "model", d.modelDescription(), "validity",
                d.validityRange(), "citations", d.citations(), "settings", settings);
    }

    private static void printText(IAnalysisEngine engine, PrintStream out) {
        EngineDescriptor d = engine.descriptor();
        out.printf("%-13s %s %s  (%s)%n", d.category().getLiteral(), d.id(), d.version(), d.name());
        for (EngineSetting s : engine.settings()) {
            out.printf("              setting %s = %s%s%n", s.name(), s.defaultValue(),
                    s.unit().isEmpty() ? "" : " " + s.unit());
        }
    }
}
