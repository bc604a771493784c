package org.heterostack.study.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Keeps what a query shows of a candidate in its row of {@code candidates}: the number of failed evaluations, the
 * engine time, and each quantity as the first engine by id that has it gives it. Called within the transaction that
 * changes the candidate's evaluations.
 */
public final class WideRows {

    private static final int CHUNK = 500;

    private WideRows() {
    }

    /**
     * @param connection the index database, in a transaction
     * @param names      its names
     * @param candidates ids of candidates whose evaluations changed
     * @throws SQLException when the database fails
     */
    public static void refresh(Connection connection, IndexNames names, Collection<Long> candidates)
            throws SQLException {
        List<Long> ids = new ArrayList<>(new TreeSet<>(candidates));
        List<Long> quantities = new ArrayList<>(names.quantities().values());
        StringBuilder sql = new StringBuilder("UPDATE candidates SET failed = (SELECT COUNT(*) FROM evaluations e "
                + "WHERE e.candidate = candidates.id AND e.ok = 0), seconds = (SELECT SUM(e.seconds) FROM evaluations "
                + "e WHERE e.candidate = candidates.id)");
        quantities.forEach(q -> sql.append(", ").append(IndexSchema.quantity(q)).append(" = ?"));
        sql.append(" WHERE id = ?");
        try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                Map<Long, Map<Long, Object>> values = values(connection, chunk);
                for (long id : chunk) {
                    Map<Long, Object> row = values.getOrDefault(id, Map.of());
                    for (int i = 0; i < quantities.size(); i++) {
                        update.setObject(i + 1, row.get(quantities.get(i)));
                    }
                    update.setLong(quantities.size() + 1, id);
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
    }

    /**
     * @param connection the index database, in a transaction
     * @param store      a store's id
     * @param engine     the engine whose evaluations are about to change, or null for every engine
     * @return the ids of the store's candidates that have evaluations of the engine
     * @throws SQLException when the database fails
     */
    public static List<Long> candidates(Connection connection, long store, String engine) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT DISTINCT candidate FROM evaluations "
                + "WHERE store = ?" + (engine == null ? "" : " AND engine = ?"))) {
            statement.setLong(1, store);
            if (engine != null) {
                statement.setString(2, engine);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The quantities of some candidates by name id, each the value of the first engine by id that has it. */
    private static Map<Long, Map<Long, Object>> values(Connection connection, List<Long> candidates)
            throws SQLException {
        Map<Long, Map<Long, Object>> values = new HashMap<>();
        String in = candidates.stream().map(String::valueOf).collect(Collectors.joining(", ", "(", ")"));
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(
                "SELECT e.candidate, u.name, q.value FROM evaluations e JOIN quantities q ON q.evaluation = e.id "
                        + "JOIN units u ON u.id = q.unit WHERE e.candidate IN " + in
                        + " ORDER BY e.candidate, e.engine, e.id")) {
            while (result.next()) {
                values.computeIfAbsent(result.getLong(1), c -> new HashMap<>()).putIfAbsent(result.getLong(2),
                        result.getObject(3));
            }
        }
        return values;
    }
}
