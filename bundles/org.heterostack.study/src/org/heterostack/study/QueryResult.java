package org.heterostack.study;

import java.util.List;

/**
 * The answer of the study index: a table with one row per candidate.
 *
 * @param columns the column names
 * @param rows    the rows; each value a {@link Double}, {@link Long}, {@link String} or null (no value)
 */
public record QueryResult(List<String> columns, List<List<Object>> rows) {

    /** Copies the column names. */
    public QueryResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
