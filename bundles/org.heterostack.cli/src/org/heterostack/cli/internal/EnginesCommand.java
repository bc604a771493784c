package org.heterostack.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.heterostack.engine.EngineDescriptor;
import org.heterostack.engine.EngineRegistryLookup;
import org.heterostack.engine.EngineSetting;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.study.JsonText;

import com.google.gson.stream.JsonWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code heterostack engines [--json]}: the installed analysis engines. */
@Command(name = "engines", description = { "list the installed analysis engines",
    "Lists every installed engine by category, best ranked first, with its version, model and settings." },
        customSynopsis = "heterostack engines [--json]")
final class EnginesCommand implements Callable<Integer> {

    private final PrintStream out;

    @Option(names = "--json", description = "print one JSON object (keys in docs/cli.md)")
    private boolean json;

    @Unmatched
    private List<String> unknown = new ArrayList<>();

    EnginesCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws UsageException, IOException {
        if (!unknown.isEmpty()) {
            throw new UsageException("engines: unknown argument '" + unknown.get(0)
                    + "'; usage: heterostack engines [--json]");
        }
        List<IAnalysisEngine> engines = EngineRegistryLookup.registry().engines();
        if (json) {
            out.println(JsonText.write(writer -> {
                writer.beginObject().name("engines").beginArray();
                for (IAnalysisEngine engine : engines) {
                    describe(engine, writer);
                }
                writer.endArray().endObject();
            }));
        } else {
            engines.forEach(this::printText);
            if (engines.isEmpty()) {
                out.println("No analysis engines are installed.");
            }
        }
        return ExitCode.OK;
    }

    private static void describe(IAnalysisEngine engine, JsonWriter json) throws IOException {
        EngineDescriptor d = engine.descriptor();
        json.beginObject().name("id").value(d.id()).name("name").value(d.name()).name("version").value(d.version())
                .name("category").value(d.category().getLiteral()).name("provider").value(d.provider())
                .name("model").value(d.modelDescription()).name("validity").value(d.validityRange());
        JsonText.strings(json.name("citations"), d.citations());
        json.name("settings").beginArray();
        for (EngineSetting s : engine.settings()) {
            json.beginObject().name("name").value(s.name()).name("default").value(s.defaultValue()).name("unit")
                    .value(s.unit()).name("description").value(s.description());
            JsonText.strings(json.name("choices"), s.choices());
            json.endObject();
        }
        json.endArray().endObject();
    }

    private void printText(IAnalysisEngine engine) {
        EngineDescriptor d = engine.descriptor();
        out.printf("%-13s %s %s  (%s)%n", d.category().getLiteral(), d.id(), d.version(), d.name());
        for (EngineSetting s : engine.settings()) {
            out.printf("              setting %s = %s%s%n", s.name(), s.defaultValue(),
                    s.unit().isEmpty() ? "" : " " + s.unit());
        }
    }
}
