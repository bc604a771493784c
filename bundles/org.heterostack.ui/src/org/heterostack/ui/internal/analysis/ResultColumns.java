package org.heterostack.ui.internal.analysis;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.stream.Collectors;

import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Message;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Provenance;
import org.heterostack.model.Quantity;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.Series;
import org.heterostack.model.Severity;

/**
 * The text of each column of the Analysis Results tree for its kinds of rows: a result (object and engine,
 * status, category, first error), a quantity (key, value, unit, description), a series (key, points, units, axes),
 * a message (severity and text) and the provenance (engine version, time, the settings the engine ran with).
 */
final class ResultColumns {

    /** Column titles, in order. */
    static final String[] TITLES = { "Result", "Value", "Unit / category", "Description" };
    /** Initial widths in pixels. */
    static final int[] WIDTHS = { 430, 100, 130, 560 };

    private ResultColumns() {
    }

    /**
     * @param element a row
     * @param column  the column index
     * @param record  the run the row belongs to (engine names)
     * @return its text
     */
    static String text(Object element, int column, AnalysisRecord record) {
        if (element instanceof AnalysisResult r) {
            return result(r, column, record);
        }
        if (element instanceof Quantity q) {
            return switch (column) {
                case 0 -> q.getKey();
                case 1 -> String.format(Locale.ROOT, "%.4g", q.getValue());
                case 2 -> q.getUnit();
                default -> q.getDescription() == null ? "" : q.getDescription();
            };
        }
        if (element instanceof Series s) {
            return switch (column) {
                case 0 -> s.getKey();
                case 1 -> s.getX().size() + " points";
                case 2 -> s.getYUnit() + " vs " + s.getXUnit();
                default -> s.getYName() + " vs " + s.getXName() + " (series: select to plot)";
            };
        }
        if (element instanceof Provenance p) {
            return switch (column) {
                case 0 -> "provenance";
                case 1 -> p.getEngineVersion();
                case 2 -> p.getTimestamp() == null ? "" : p.getTimestamp().truncatedTo(ChronoUnit.SECONDS).toString();
                default -> settings(p);
            };
        }
        if (element instanceof Message m) {
            return switch (column) {
                case 0 -> m.getSeverity().getLiteral().toLowerCase(Locale.ROOT);
                case 3 -> m.getText();
                default -> "";
            };
        }
        return "";
    }

    private static String result(AnalysisResult r, int column, AnalysisRecord record) {
        return switch (column) {
            case 0 -> label(r.getTarget()) + " \u2014 " + (record == null ? r.getEngineId() : record.engineName(r));
            case 1 -> r.getStatus() == ResultStatus.OK ? "ok" : "failed";
            case 2 -> r.getCategory() == null ? "" : r.getCategory().getLiteral().toLowerCase(Locale.ROOT);
            default -> r.getMessages().stream().filter(m -> m.getSeverity() == Severity.ERROR).map(Message::getText)
                    .findFirst().orElse(r.getQuantities().size() + " quantities, " + r.getSeries().size() + " series");
        };
    }

    private static String settings(Provenance p) {
        String values = p.getSettings().stream().map(e -> e.getKey() + " = " + e.getValue())
                .collect(Collectors.joining(", "));
        return (values.isEmpty() ? "no settings" : "settings: " + values)
                + (p.getInputHash() == null ? "" : "; input " + p.getInputHash());
    }

    private static String label(NamedElement target) {
        return target == null ? "?" : target.getName();
    }
}
