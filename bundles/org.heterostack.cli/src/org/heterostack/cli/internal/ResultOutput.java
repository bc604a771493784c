package org.heterostack.cli.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Message;
import org.heterostack.model.Quantity;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.Series;
import org.heterostack.study.JsonText;
import org.heterostack.study.ResultsJson;

/** Prints analysis results as text for people or as the JSON object documented in docs/cli.md ({@link ResultsJson}). */
final class ResultOutput {

    private ResultOutput() {
    }

    static void printJson(String file, List<AnalysisResult> results, PrintStream out) {
        out.println(ResultsJson.write(file, results));
    }

    /**
     * Prints the JSON object of a file that was not analysed in a batch: its {@code file}, why ({@code error}) and
     * no {@code results}.
     */
    static void printJsonRefusal(String file, String reason, PrintStream out) {
        out.println(JsonText.write(json -> json.beginObject().name("file").value(file).name("error").value(reason)
                .name("results").beginArray().endArray().endObject()));
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
