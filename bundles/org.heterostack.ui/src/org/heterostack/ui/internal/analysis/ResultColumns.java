package org.heterostack.ui.internal.analysis;

import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
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
    static final int[] WIDTHS = { 400, 80, 110, 560 };

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

    /**
     * The whole of a row, for the details below the tree (the columns clip long messages).
     *
     * @param element a row, or null
     * @param record  the run the row belongs to (engine names)
     * @return its text in full: a failed result with the engine, object and every error; other rows their columns
     */
    static String details(Object element, AnalysisRecord record) {
        if (element instanceof AnalysisResult r && r.getStatus() != ResultStatus.OK && record != null) {
            String messages = r.getMessages().stream().filter(m -> m.getSeverity() != Severity.ERROR)
                    .map(m -> text(m, 0, record) + ": " + m.getText()).collect(Collectors.joining("\n"));
            return ResultMarkers.describe(r, record) + "\nEngine " + r.getEngineId()
                    + (r.getProvenance() == null ? "" : " " + r.getProvenance().getEngineVersion())
                    + (messages.isEmpty() ? "" : "\n" + messages);
        }
        if (element instanceof Message m) {
            return text(m, 0, record) + ": " + m.getText();
        }
        if (element instanceof AnalysisResult r) {
            String warnings = r.getMessages().stream().filter(m -> m.getSeverity() == Severity.WARNING)
                    .map(m -> "warning: " + m.getText()).collect(Collectors.joining("\n"));
            return text(r, 0, record) + ": ok (" + text(r, 2, record) + "), " + text(r, 3, record)
                    + (warnings.isEmpty() ? "" : "\n" + warnings);
        }
        if (element == null) {
            return "";
        }
        String value = text(element, 1, record);
        String unit = text(element, 2, record);
        return text(element, 0, record) + (value.isEmpty() ? "" : " = " + value) + (unit.isEmpty() ? "" : " " + unit)
                + " \u2014 " + text(element, 3, record);
    }

    private static String result(AnalysisResult r, int column, AnalysisRecord record) {
        return switch (column) {
            case 0 -> targetName(r) + " \u2014 " + (record == null ? r.getEngineId() : record.engineName(r));
            case 1 -> r.getStatus() == ResultStatus.OK ? "ok" : "FAILED";
            case 2 -> r.getCategory() == null ? "" : r.getCategory().getLiteral().toLowerCase(Locale.ROOT);
            default -> error(r).orElse(r.getQuantities().size() + " quantities, " + r.getSeries().size() + " series");
        };
    }

    /**
     * @param result a result
     * @return its error messages, one after the other, if it has any
     */
    static Optional<String> error(AnalysisResult result) {
        String errors = result.getMessages().stream().filter(m -> m.getSeverity() == Severity.ERROR)
                .map(Message::getText).collect(Collectors.joining("; "));
        return errors.isEmpty() ? Optional.empty() : Optional.of(errors);
    }

    /**
     * @param result a result
     * @return the name of the object it is about ("?" when it has none)
     */
    static String targetName(AnalysisResult result) {
        return label(result.getTarget());
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
