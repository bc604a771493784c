package org.heterostack.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", d.id());
        json.put("name", d.name());
        json.put("version", d.version());
        json.put("category", d.category().getLiteral());
        json.put("provider", d.provider());
        json.put("model", d.modelDescription());
        json.put("validity", d.validityRange());
        json.put("citations", d.citations());
        List<Object> settings = new ArrayList<>();
        for (EngineSetting s : engine.settings()) {
            Map<String, Object> setting = new LinkedHashMap<>();
            setting.put("name", s.name());
            setting.put("default", s.defaultValue());
            setting.put("unit", s.unit());
            setting.put("description", s.description());
            setting.put("choices", s.choices());
            settings.add(setting);
        }
        json.put("settings", settings);
        return json;
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
