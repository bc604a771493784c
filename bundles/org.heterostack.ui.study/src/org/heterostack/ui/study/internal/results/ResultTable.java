package org.heterostack.ui.study.internal.results;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.heterostack.study.QueryResult;

/**
 * The rows of a study query as the results view shows them: columns with their units, values by row and column, and
 * row orders sorted by any column (numbers numerically, text without regard to case, empty values last). Rows are
 * held once; sorting and showing only permute indices. A sort ranks the column's values once (then kept), and sorts
 * primitive keys (rank and row packed in a long), so 100,000 candidates sort in milliseconds.
 */
public final class ResultTable {

    /** The rank of an empty value: after every other, in both directions. */
    private static final int EMPTY = Integer.MAX_VALUE;

    private final List<String> columns;
    private final List<String> units;
    private final Object[][] rows;
    private final Map<Integer, int[]> ranked = new java.util.HashMap<>();

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
        int[] ranks = ranks(column);
        int n = rows.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long rank = ranks[i] == EMPTY ? EMPTY : descending ? Integer.MAX_VALUE - 1 - ranks[i] : ranks[i];
            keys[i] = rank << 32 | i;
        }
        Arrays.sort(keys);
        int[] sorted = new int[n];
        for (int i = 0; i < n; i++) {
            sorted[i] = (int) keys[i];
        }
        return sorted;
    }

    /**
     * The rank of each row's value in a column, made once per column: numbers by value, then texts without regard to
     * case, equal values equal ranks; rows without a value {@link #EMPTY}.
     */
    private synchronized int[] ranks(int column) {
        int[] ranks = ranked.get(column);
        if (ranks != null) {
            return ranks;
        }
        int n = rows.length;
        double[] numbers = new double[n];
        java.util.TreeSet<String> texts = new java.util.TreeSet<>();
        int count = 0;
        for (int i = 0; i < n; i++) {
            Object value = rows[i][column];
            numbers[i] = number(value);
            if (!Double.isNaN(numbers[i])) {
                count++;
            } else if (value != null) {
                texts.add(value.toString().toLowerCase(Locale.ROOT));
            }
        }
        double[] distinct = distinct(numbers, count);
        List<String> words = List.copyOf(texts);
        ranks = new int[n];
        for (int i = 0; i < n; i++) {
            Object value = rows[i][column];
            ranks[i] = value == null ? EMPTY : !Double.isNaN(numbers[i]) ? Arrays.binarySearch(distinct, numbers[i])
                    : distinct.length + java.util.Collections.binarySearch(words,
                            value.toString().toLowerCase(Locale.ROOT));
        }
        ranked.put(column, ranks);
        return ranks;
    }

    /** The distinct numbers (not NaN) of an array that has {@code count} of them, sorted. */
    private static double[] distinct(double[] numbers, int count) {
        double[] distinct = new double[count];
        int next = 0;
        for (double number : numbers) {
            if (!Double.isNaN(number)) {
                distinct[next++] = number;
            }
        }
        Arrays.sort(distinct);
        int unique = 0;
        for (int i = 0; i < count; i++) {
            if (unique == 0 || Double.compare(distinct[unique - 1], distinct[i]) != 0) {
                distinct[unique++] = distinct[i];
            }
        }
        return Arrays.copyOf(distinct, unique);
    }
}
