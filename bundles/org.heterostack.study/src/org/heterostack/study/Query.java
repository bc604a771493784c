package org.heterostack.study;

import java.util.List;

/**
 * A question to the study index: which candidates, in which order, which columns. A column is {@code study},
 * {@code candidate}, {@code store} (the results directory), {@code failed} (failed evaluations), {@code seconds}
 * (engine time), an axis name or a quantity key.
 *
 * @param where   a condition such as {@code pce > 20 and spacer = PEA} (empty: every candidate)
 * @param sort    the column to sort by, {@code -column} for descending (empty: by study and candidate id)
 * @param columns the columns to show (empty: study, candidate, every axis, every quantity)
 */
public record Query(String where, String sort, List<String> columns) {

    /** Fills in empty parts. */
    public Query {
        where = where == null ? "" : where.strip();
        sort = sort == null ? "" : sort.strip();
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    /** @return a query for every candidate with the default columns */
    public static Query all() {
        return new Query("", "", List.of());
    }
}
