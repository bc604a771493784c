package org.heterostack.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.heterostack.model.Study;
import org.heterostack.study.Evaluation;
import org.heterostack.study.JsonText;
import org.heterostack.study.ResultStore;

import com.google.gson.stream.JsonWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code heterostack study export FILE}: every stored evaluation of a file's studies, read from the result files
 * (the source of truth, not the index), as one JSON object or as CSV with one row per evaluation.
 */
@Command(name = "export", description = "export the stored evaluations of a file's studies as JSON or CSV",
        customSynopsis = "heterostack study export FILE [--study NAME] [--csv]")
final class StudyExportCommand implements Callable<Integer> {

    private final PrintStream out;
    private final PrintStream err;

    @Mixin
    private StudyOptions.Target target = new StudyOptions.Target();

    @Option(names = "--csv", description = "CSV, one row per evaluation (default: one JSON object)")
    private boolean csv;

    StudyExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws UsageException {
        List<Evaluation> evaluations = new ArrayList<>();
        for (Study each : StudyFiles.studies(target.file, target.study, err)) {
            Path store = StudyFiles.store(target.file, each.getName());
            if (Files.isDirectory(store)) {
                try {
                    evaluations.addAll(ResultStore.evaluations(store));
                } catch (IOException e) {
                    throw new UsageException("study '" + each.getName() + "': cannot read its results in " + store
                            + ": " + e.getMessage());
                }
            }
        }
        if (csv) {
            csv(evaluations);
        } else {
            out.println(JsonText.write(json -> {
                json.beginObject().name("file").value(target.file.toString()).name("evaluations").beginArray();
                for (Evaluation evaluation : evaluations) {
                    evaluation(json, evaluation);
                }
                json.endArray().endObject();
            }));
        }
        return ExitCode.OK;
    }

    private static void evaluation(JsonWriter json, Evaluation e) throws IOException {
        json.beginObject().name("study").value(e.study()).name("candidate").value(e.candidate()).name("point")
                .beginObject();
        for (var entry : e.point().entrySet()) {
            json.name(entry.getKey()).value(entry.getValue());
        }
        json.endObject().name("engine").value(e.engineId()).name("engineVersion").value(e.engineVersion())
                .name("target").value(e.target()).name("status").value(e.ok() ? "ok" : "failed").name("seconds")
                .value(e.seconds()).name("timestamp").value(e.timestamp()).name("quantities").beginObject();
        for (Evaluation.Value value : e.quantities()) {
            json.name(value.key()).beginObject().name("value").value(value.value()).name("unit").value(value.unit())
                    .endObject();
        }
        json.endObject();
        JsonText.strings(json.name("messages"), e.messages());
        json.endObject();
    }

    /** Columns: study, candidate, every axis, engine, version, status, seconds, then every quantity key. */
    private void csv(List<Evaluation> evaluations) {
        Set<String> axes = new LinkedHashSet<>();
        Set<String> quantities = new LinkedHashSet<>();
        for (Evaluation e : evaluations) {
            axes.addAll(e.point().keySet());
            e.quantities().forEach(q -> quantities.add(column(q)));
        }
        List<String> header = new ArrayList<>(List.of("study", "candidate"));
        header.addAll(axes);
        header.addAll(List.of("engine", "version", "status", "seconds"));
        header.addAll(quantities);
        out.println(Table.csvLine(header));
        for (Evaluation e : evaluations) {
            List<String> row = new ArrayList<>(List.of(e.study(), e.candidate()));
            axes.forEach(axis -> row.add(e.point().getOrDefault(axis, "")));
            row.addAll(List.of(e.engineId(), e.engineVersion(), e.ok() ? "ok" : "failed", String.valueOf(e.seconds())));
            for (String column : quantities) {
                row.add(e.quantities().stream().filter(q -> column.equals(column(q)))
                        .map(q -> String.valueOf(q.value())).findFirst().orElse(""));
            }
            out.println(Table.csvLine(row));
        }
    }

    /** @return a quantity's CSV column: its key and unit, e.g. {@code pce (%)} */
    private static String column(Evaluation.Value quantity) {
        String unit = quantity.unit();
        return quantity.key() + (unit == null || unit.isEmpty() ? "" : " (" + unit + ")");
    }
}
