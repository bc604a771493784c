package org.heterostack.study.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.heterostack.study.Query;
import org.heterostack.study.QueryResult;

/**
 * Runs a {@link Query} on the index: one row per candidate, a column per axis or quantity asked for, all read from the
 * candidate's one row ({@link IndexSchema}).
 */
public final class QuerySql {

    private static final List<String> BUILT_IN = List.of("study", "candidate", "store", "failed", "seconds");

    private final Map<String, Long> axes;
    private final Map<String, Long> quantities;

    private QuerySql(Map<String, Long> axes, Map<String, Long> quantities) {
        this.axes = axes;
        this.quantities = quantities;
    }

    /**
     * @param connection the index database
     * @param query      the query
     * @param limit      the most rows to read (the first in the query's order), or -1 for all
     * @return the table
     * @throws SQLException             when the database fails
     * @throws IllegalArgumentException naming an unknown column or a malformed condition
     */
    public static QueryResult run(Connection connection, Query query, int limit) throws SQLException {
        QuerySql sql = new QuerySql(IndexNames.read(connection).axes(), quantities(connection));
        List<String> columns = query.columns().isEmpty() ? sql.defaultColumns() : query.columns();
        List<Object> parameters = new ArrayList<>();
        StringBuilder text = new StringBuilder("SELECT ");
        for (int i = 0; i < columns.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(sql.column(columns.get(i)));
        }
        text.append(sql.from(query, parameters));
        text.append(" ORDER BY ").append(sql.order(query.sort())).append("c.study, c.candidate");
        if (limit >= 0) {
            text.append(" LIMIT ").append(limit);
        }
        try (PreparedStatement statement = prepare(connection, text.toString(), parameters)) {
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Object[] row = new Object[columns.size()];
                    for (int i = 0; i < row.length; i++) {
                        Object value = result.getObject(i + 1);
                        row[i] = value instanceof Integer number ? Long.valueOf(number) : value;
                    }
                    rows.add(java.util.Collections.unmodifiableList(java.util.Arrays.asList(row)));
                }
            }
            return new QueryResult(columns, rows);
        }
    }

    /**
     * @param connection the index database
     * @param query      the query (its sort and columns do not matter)
     * @return the number of candidates that meet its condition
     * @throws SQLException             when the database fails
     * @throws IllegalArgumentException naming an unknown column or a malformed condition
     */
    public static long count(Connection connection, Query query) throws SQLException {
        QuerySql sql = new QuerySql(IndexNames.read(connection).axes(), quantities(connection));
        List<Object> parameters = new ArrayList<>();
        String text = "SELECT COUNT(*)" + sql.from(query, parameters);
        try (PreparedStatement statement = prepare(connection, text, parameters);
                ResultSet result = statement.executeQuery()) {
            return result.next() ? result.getLong(1) : 0;
        }
    }

    private String from(Query query, List<Object> parameters) {
        return " FROM candidates c" + (query.where().isEmpty() ? ""
                : " WHERE " + WhereParser.sql(query.where(), this::column, this::number, parameters));
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    /** The quantities some evaluation of the index has, by name. */
    private static Map<String, Long> quantities(Connection connection) throws SQLException {
        Map<String, Long> names = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(
                "SELECT n.name, n.id FROM names n WHERE n.axis = 0 AND EXISTS (SELECT 1 FROM units u JOIN quantities "
                        + "q ON q.unit = u.id WHERE u.name = n.id) ORDER BY n.name")) {
            while (result.next()) {
                names.put(result.getString(1), result.getLong(2));
            }
        }
        return names;
    }

    private List<String> defaultColumns() {
        List<String> columns = new ArrayList<>(List.of("study", "candidate"));
        columns.addAll(axes.keySet());
        quantities.keySet().stream().filter(q -> !axes.containsKey(q)).forEach(columns::add);
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
        String numeric = axes.containsKey(name) ? number(name) + direction + ", " + column : column;
        return "(" + column + " IS NULL), " + numeric + direction + ", ";
    }

    private String column(String name) {
        return switch (name) {
            case "study" -> "c.study";
            case "candidate" -> "c.candidate";
            case "store" -> "(SELECT s.path FROM stores s WHERE s.id = c.store)";
            case "failed" -> "c.failed";
            case "seconds" -> "c.seconds";
            default -> {
                if (axes.containsKey(name)) {
                    yield "c." + IndexSchema.axisText(axes.get(name));
                }
                if (quantities.containsKey(name)) {
                    yield "c." + IndexSchema.quantity(quantities.get(name));
                }
                throw new IllegalArgumentException("no column '" + name + "': not one of " + BUILT_IN
                        + ", an axis " + axes.keySet() + " or a quantity of the indexed results");
            }
        };
    }

    private String number(String name) {
        if (axes.containsKey(name)) {
            return "c." + IndexSchema.axisNumber(axes.get(name));
        }
        String column = column(name);
        return name.equals("study") || name.equals("candidate") || name.equals("store") ? "NULL" : column;
    }
}
