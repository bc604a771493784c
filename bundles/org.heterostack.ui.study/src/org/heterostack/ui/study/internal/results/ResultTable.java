package org.heterostack.ui.study.internal.results;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.heterostack.study.QueryResult;

/**
 * The rows of a study query as the results view shows them: columns with their units, values by row and column, and
 * row orders sorted by any column (numbers numerically, text without regard to case, empty values last). Rows are
 * held once; sorting and showing only permute indices, so 100,000 candidates sort in tens of milliseconds.
 */
public final class ResultTable {

    private final List<String> columns;
    private final List<String> units;
    private final Object[][] rows;

    private ResultTable(List<String> columns, List<String> units, Object[][] rows) {
        this.columns = List.copyOf(columns);
        this.units = List.copyOf(units);
        this.rows = rows;
    }

    /**
     * @param result the index's answer
     * @param units  units by column name (columns without one have none)
     * @return the table
     */
    public static ResultTable of(QueryResult result, Map<String, String> units) {
        Object[][] rows = new Object[result.rows().size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = result.rows().get(i).toArray();
        }
        return new ResultTable(result.columns(),
                result.columns().stream().map(c -> units.getOrDefault(c, "")).toList(), rows);
    }

    /** @return the column names */
    public List<String> columns() {
        return columns;
    }

    /**
     * @param name a column name
     * @return its index, or -1
     */
    public int column(String name) {
        return columns.indexOf(name);
    }

    /**
     * @param column a column index
     * @return its unit, empty when it has none
     */
    public String unit(int column) {
        return units.get(column);
    }

    /**
     * @param column a column index
     * @return the header: the name, and the unit in brackets when it has one (not "1"), e.g. "pce (%)"
     */
    public String header(int column) {
        String unit = units.get(column);
        return unit.isEmpty() || "1".equals(unit) ? columns.get(column) : columns.get(column) + " (" + unit + ")";
    }

    /** @return the number of rows */
    public int size() {
        return rows.length;
    }

    /**
     * @param row    a row index
     * @param column a column index
     * @return the value: a Double, Long, String or null
     */
    public Object value(int row, int column) {
        return rows[row][column];
    }

    /**
     * @param row    a row index
     * @param column a column index
     * @return the value as the table shows it (4 significant digits for decimals, empty for no value)
     */
    public String text(int row, int column) {
        return format(rows[row][column]);
    }

    /**
     * @param value a value of the table
     * @return how the table shows it
     */
    public static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double number) {
            double abs = Math.abs(number);
            return abs != 0 && (abs >= 1e5 || abs < 1e-3) ? String.format(Locale.ROOT, "%.3e", number)
                    : String.format(Locale.ROOT, "%.4g", number);
        }
        return value.toString();
    }

    /**
     * @param row    a row index
     * @param column a column index
     * @return the value as a number (a numeric text too), or NaN when it is none
     */
    public double number(int row, int column) {
        return number(rows[row][column]);
    }

    private static double number(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof String text && !text.isEmpty() && (Character.isDigit(text.charAt(0))
                || text.charAt(0) == '-' || text.charAt(0) == '.')) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** @return the rows in their query order */
    public int[] naturalOrder() {
        int[] order = new int[rows.length];
        Arrays.setAll(order, i -> i);
        return order;
    }

    /**
     * @param column     a column index
     * @param descending whether the largest value comes first
     * @return the row indices sorted by the column; rows without a value come last either way, ties keep query order
     */
    public int[] sorted(int column, boolean descending) {
        int n = rows.length;
        double[] numbers = new double[n];
        String[] texts = new String[n];
        for (int i = 0; i < n; i++) {
            Object value = rows[i][column];
            numbers[i] = number(value);
            texts[i] = value == null || !Double.isNaN(numbers[i]) ? null : value.toString().toLowerCase(Locale.ROOT);
        }
        Comparator<Integer> byValue = (a, b) -> {
            boolean numberA = !Double.isNaN(numbers[a]);
            boolean numberB = !Double.isNaN(numbers[b]);
            if (numberA && numberB) {
                return Double.compare(numbers[a], numbers[b]);
            }
            if (numberA != numberB) {
                return numberA ? -1 : 1;
            }
            return texts[a].compareTo(texts[b]);
        };
        Comparator<Integer> directed = descending ? byValue.reversed() : byValue;
        Comparator<Integer> order = (a, b) -> {
            boolean emptyA = rows[a][column] == null;
            boolean emptyB = rows[b][column] == null;
            if (emptyA || emptyB) {
                return emptyA == emptyB ? 0 : emptyA ? 1 : -1;
            }
            return directed.compare(a, b);
        };
        Integer[] boxed = new Integer[n];
        Arrays.setAll(boxed, i -> i);
        Arrays.sort(boxed, order);
        int[] sorted = new int[n];
        Arrays.setAll(sorted, i -> boxed[i]);
        return sorted;
    }
}
