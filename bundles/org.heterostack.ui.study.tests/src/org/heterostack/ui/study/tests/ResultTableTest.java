package org.heterostack.ui.study.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.heterostack.study.QueryResult;
import org.heterostack.ui.study.internal.results.ResultTable;
import org.junit.jupiter.api.Test;

/**
 * The results table's sort (ranks and packed primitive keys) orders rows as the rule says, which this test spells out
 * as a comparator: numbers by value before texts without regard to case (reversed when descending), rows without a
 * value last either way, ties in query order.
 */
class ResultTableTest {

    @Test
    void sortsNumbersTextsAndEmptyValuesAsTheRuleSays() {
        Random random = new Random(15);
        List<List<Object>> rows = new ArrayList<>();
        String[] words = { "PEA", "pea", "BA", "3F-PEA", "ba", "Zeta", "-x", ".", "1e3" };
        for (int i = 0; i < 2_000; i++) {
            rows.add(Arrays.asList(pick(random, words), random.nextInt(10) == 0 ? null : (double) random.nextInt(50)
                    - 25, random.nextInt(7) == 0 ? null : (long) random.nextInt(5), Double.toString(random.nextInt(9)
                            * 0.5), random.nextBoolean() ? -0.0 : 0.0));
        }
        rows.add(Arrays.asList("NaN", Double.NaN, null, "-1.5", Double.NEGATIVE_INFINITY));
        ResultTable table = ResultTable.of(new QueryResult(List.of("mixed", "number", "count", "text", "zero"), rows),
                Map.of());
        for (int column = 0; column < 5; column++) {
            for (boolean descending : new boolean[] { false, true }) {
                assertArrayEquals(expected(table, rows, column, descending), table.sorted(column, descending),
                        "column " + column + (descending ? " descending" : ""));
                assertArrayEquals(expected(table, rows, column, descending), table.sorted(column, descending), "again");
            }
        }
    }

    private static Object pick(Random random, String[] words) {
        int choice = random.nextInt(words.length + 4);
        return choice < words.length ? words[choice] : choice == words.length ? null : random.nextInt(20) * 0.25;
    }

    /**
     * The rule, as a comparator over boxed row indices (a stable sort keeps ties in query order); a value is a number
     * as the table reads it.
     */
    private static int[] expected(ResultTable table, List<List<Object>> rows, int column, boolean descending) {
        Comparator<Integer> byValue = (a, b) -> {
            double x = table.number(a, column);
            double y = table.number(b, column);
            if (!Double.isNaN(x) && !Double.isNaN(y)) {
                return Double.compare(x, y);
            }
            if (Double.isNaN(x) != Double.isNaN(y)) {
                return Double.isNaN(x) ? 1 : -1;
            }
            return text(rows.get(a).get(column)).compareTo(text(rows.get(b).get(column)));
        };
        Comparator<Integer> directed = descending ? byValue.reversed() : byValue;
        Integer[] order = new Integer[rows.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> {
            boolean emptyA = rows.get(a).get(column) == null;
            boolean emptyB = rows.get(b).get(column) == null;
            return emptyA || emptyB ? Boolean.compare(emptyA, emptyB) : directed.compare(a, b);
        });
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    private static String text(Object value) {
        return value.toString().toLowerCase(Locale.ROOT);
    }
}
