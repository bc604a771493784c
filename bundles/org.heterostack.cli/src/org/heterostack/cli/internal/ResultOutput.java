package org.heterostack.cli.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Message;
import org.heterostack.model.Quantity;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.Series;

/** Prints analysis results as text for people or as the JSON object documented in docs/cli.md. */
final class ResultOutput {

    private ResultOutput() {
    }

    static void printJson(String file, List<AnalysisResult> results, PrintStream out) {
        List<Object> list = new ArrayList<>();
        results.forEach(result -> list.add(json(result)));
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("file", file);
        root.put("results", list);
        out.println(Json.write(root));
    }

    private static Map<String, Object> json(AnalysisResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("target", result.getTarget().getName());
        json.put("engine", result.getEngineId());
        json.put("engineVersion", result.getEngineVersion());
        json.put("category", result.getCategory().getLiteral());
        json.put("status", result.getStatus() == ResultStatus.OK ? "ok" : "failed");
        Map<String, Object> quantities = new LinkedHashMap<>();
        for (Quantity q : result.getQuantities()) {
            Map<String, Object> quantity = new LinkedHashMap<>();
            quantity.put("value", q.getValue());
            quantity.put("unit", q.getUnit());
            quantities.put(q.getKey(), quantity);
        }
        json.put("quantities", quantities);
        Map<String, Object> series = new LinkedHashMap<>();
        for (Series s : result.getSeries()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("xName", s.getXName());
            data.put("xUnit", s.getXUnit());
            data.put("yName", s.getYName());
            data.put("yUnit", s.getYUnit());
            data.put("x", s.getX());
            data.put("y", s.getY());
            series.put(s.getKey(), data);
        }
        json.put("series", series);
        List<Object> messages = new ArrayList<>();
        for (Message m : result.getMessages()) {
            Map<String, Object> message = new LinkedHashMap<>();
            message.put("severity", m.getSeverity().getLiteral().toLowerCase(Locale.ROOT));
            message.put("text", m.getText());
            messages.add(message);
        }
        json.put("messages", messages);
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("inputHash", result.getProvenance().getInputHash());
        provenance.put("timestamp", String.valueOf(result.getProvenance().getTimestamp()));
        provenance.put("settings", new LinkedHashMap<>(result.getProvenance().getSettings().map()));
        provenance.put("citations", result.getProvenance().getCitations());
        json.put("provenance", provenance);
        return json;
    }

    static void printText(List<AnalysisResult> results, PrintStream out) {
        for (AnalysisResult result : results) {
            out.printf("%s / %s %s: %s%n", result.getTarget().getName(), result.getEngineId(),
                    result.getEngineVersion(), result.getStatus() == ResultStatus.OK ? "ok" : "FAILED");
            for (Quantity q : result.getQuantities()) {
                out.printf(Locale.ROOT, "  %-32s %.6g %s%n", q.getKey(), q.getValue(), q.getUnit());
            }
            for (Series s : result.getSeries()) {
                out.printf("  series %s: %s (%s) vs %s (%s), %d points%n", s.getKey(), s.getYName(), s.getYUnit(),
                        s.getXName(), s.getXUnit(), s.getX().size());
            }
            for (Message m : result.getMessages()) {
                out.printf("  %s: %s%n", m.getSeverity().getLiteral().toLowerCase(Locale.ROOT), m.getText());
            }
            out.println();
        }
    }
}
