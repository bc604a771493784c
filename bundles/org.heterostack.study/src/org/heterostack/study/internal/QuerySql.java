package org.heterostack.study.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.heterostack.study.Query;
import org.heterostack.study.QueryResult;

/** Runs a {@link Query} on the index: one row per candidate, a column per axis or quantity asked for. */
public final class QuerySql {

    private static final List<String> BUILT_IN = List.of("study", "candidate", "store", "failed", "seconds");

    private final Set<String> axes;
    private final Set<String> quantities;

    private QuerySql(Set<String> axes, Set<String> quantities) {
        this.axes = axes;
        this.quantities = quantities;
    }

    /**
     * @param connection the index database
     * @param query      the query
     * @return the table
     * @throws SQLException             when the database fails
     * @throws IllegalArgumentException naming an unknown column or a malformed condition
     */
    public static QueryResult run(Connection connection, Query query) throws SQLException {
        QuerySql sql = new QuerySql(names(connection, "SELECT axis FROM points GROUP BY axis ORDER BY MIN(rowid)"),
                names(connection, "SELECT DISTINCT name FROM quantities ORDER BY name"));
        List<String> columns = query.columns().isEmpty() ? sql.defaultColumns() : query.columns();
        List<Object> parameters = new ArrayList<>();
        StringBuilder text = new StringBuilder("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(sql.column(columns.get(i)));
        }
        text.append(" FROM candidates c");
        if (!query.where().isEmpty()) {
            text.append(" WHERE ").append(WhereParser.sql(query.where(), sql::column, sql::number, parameters));
        }
        text.append(" ORDER BY ").append(sql.order(query.sort())).append("c.study, c.candidate");
        try (PreparedStatement statement = connection.prepareStatement(text.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    List<Object> row = new ArrayList<>(columns.size());
                    for (int i = 1; i <= columns.size(); i++) {
                        Object value = result.getObject(i);
                        row.add(value instanceof Integer number ? Long.valueOf(number) : value);
                    }
                    rows.add(java.util.Collections.unmodifiableList(row));
                }
            }
            return new QueryResult(columns, rows);
        }
    }

    private List<String> defaultColumns() {
        List<String> columns = new ArrayList<>(List.of("study", "candidate"));
        columns.addAll(axes);
        quantities.stream().filter(q -> !axes.contains(q)).forEach(columns::add);
        return columns;
    }

    private String order(String sort) {
        if (sort.isEmpty()) {
            return "";
        }
        boolean descending = sort.startsWith("-");
        String name = descending ? sort.substring(1) : sort;
        String column = column(name);
        String direction = descending ? " DESC" : "";
        String numeric = axes.contains(name) ? number(name) + direction + ", " + column : column;
        return "(" + column + " IS NULL), " + numeric + direction + ", ";
    }

    private String column(String name) {
        String literal = "'" + name.replace("'", "''") + "'";
        return switch (name) {
            case "study" -> "c.study";
            case "candidate" -> "c.candidate";
            case "store" -> "c.store";
            case "failed" -> "(SELECT COUNT(*) FROM evaluations e WHERE e.store = c.store AND e.candidate = "
                    + "c.candidate AND e.ok = 0)";
            case "seconds" -> "(SELECT SUM(e.seconds) FROM evaluations e WHERE e.store = c.store AND e.candidate = "
                    + "c.candidate)";
            default -> {
                if (axes.contains(name)) {
                    yield "(SELECT p.value FROM points p WHERE p.store = c.store AND p.candidate = c.candidate AND "
                            + "p.axis = " + literal + ")";
                }
                if (quantities.contains(name)) {
                    yield "(SELECT q.value FROM quantities q WHERE q.store = c.store AND q.candidate = c.candidate "
                            + "AND q.name = " + literal + " ORDER BY q.engine LIMIT 1)";
                }
                throw new IllegalArgumentException("no column '" + name + "': not one of " + BUILT_IN
                        + ", an axis " + axes + " or a quantity of the indexed results");
            }
        };
    }

    private String number(String name) {
        if (axes.contains(name)) {
            return "(SELECT p.number FROM points p WHERE p.store = c.store AND p.candidate = c.candidate AND p.axis = '"
                    + name.replace("'", "''") + "')";
        }
        String column = column(name);
        return name.equals("study") || name.equals("candidate") || name.equals("store") ? "NULL" : column;
    }

    private static Set<String> names(Connection connection, String sql) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                names.add(result.getString(1));
            }
        }
        return names;
    }
}
