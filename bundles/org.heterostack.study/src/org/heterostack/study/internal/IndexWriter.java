package org.heterostack.study.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.heterostack.study.Evaluation;

/** The statements that fill the study index ({@link IndexSchema}), each within the caller's transaction. */
public final class IndexWriter {

    private IndexWriter() {
    }

    /**
     * @param connection the index database
     * @param path       a store directory's absolute path
     * @return the store's id (numbered if new)
     * @throws SQLException when the database fails
     */
    public static long store(Connection connection, String path) throws SQLException {
        Long id = storeId(connection, path);
        if (id != null) {
            return id;
        }
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO stores(path) VALUES (?)",
                Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, path);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * @param connection the index database
     * @param path       a store directory's absolute path
     * @return the store's id, null when the index does not know it
     * @throws SQLException when the database fails
     */
    public static Long storeId(Connection connection, String path) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM stores WHERE path = ?")) {
            statement.setString(1, path);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getLong(1) : null;
            }
        }
    }

    /**
     * Adds evaluations (replacing earlier ones of the same key: a forced re-run) and brings their candidates' rows up
     * to date.
     *
     * @param connection  the index database
     * @param store       the id of the store the evaluations belong to
     * @param evaluations the evaluations
     * @throws SQLException when the statements fail
     */
    public static void add(Connection connection, long store, List<Evaluation> evaluations) throws SQLException {
        if (evaluations.isEmpty()) {
            return;
        }
        IndexNames names = IndexNames.read(connection);
        List<Map<Long, Double>> values = new ArrayList<>(evaluations.size());
        for (Evaluation e : evaluations) {
            for (String axis : e.point().keySet()) {
                names.axis(connection, axis);
            }
            Map<Long, Double> byUnit = new LinkedHashMap<>();
            Map<String, Evaluation.Value> byKey = new LinkedHashMap<>();
            e.quantities().forEach(value -> byKey.put(value.key(), value));
            for (Evaluation.Value value : byKey.values()) {
                byUnit.put(names.unit(connection, value.key(), value.unit()), value.value());
            }
            values.add(byUnit);
        }
        Set<Long> touched = new HashSet<>();
        try (Candidates candidates = new Candidates(connection, store, names);
                PreparedStatement find = connection.prepareStatement(
                        "SELECT id FROM evaluations WHERE store = ? AND key = ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO evaluations(store, key, candidate, "
                        + "engine, version, ok, cacheable, seconds, timestamp) VALUES (?,?,?,?,?,?,?,?,?)",
                        Statement.RETURN_GENERATED_KEYS);
                PreparedStatement update = connection.prepareStatement("UPDATE evaluations SET candidate = ?, "
                        + "engine = ?, version = ?, ok = ?, cacheable = ?, seconds = ?, timestamp = ? WHERE id = ?");
                PreparedStatement clear = connection.prepareStatement("DELETE FROM quantities WHERE evaluation = ?");
                PreparedStatement quantity = connection.prepareStatement(
                        "INSERT INTO quantities(evaluation, unit, value) VALUES (?,?,?)")) {
            for (int i = 0; i < evaluations.size(); i++) {
                Evaluation e = evaluations.get(i);
                long candidate = candidates.id(e);
                touched.add(candidate);
                Long id = existing(find, store, e.key());
                if (id == null) {
                    insert.setLong(1, store);
                    insert.setString(2, e.key());
                    fields(insert, 3, candidate, e);
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                } else {
                    fields(update, 1, candidate, e);
                    update.setLong(8, id);
                    update.executeUpdate();
                    clear.setLong(1, id);
                    clear.executeUpdate();
                }
                for (Map.Entry<Long, Double> value : values.get(i).entrySet()) {
                    quantity.setLong(1, id);
                    quantity.setLong(2, value.getKey());
                    quantity.setDouble(3, value.getValue());
                    quantity.addBatch();
                }
            }
            quantity.executeBatch();
        }
        WideRows.refresh(connection, names, touched);
    }

    private static Long existing(PreparedStatement find, long store, String key) throws SQLException {
        find.setLong(1, store);
        find.setString(2, key);
        try (ResultSet result = find.executeQuery()) {
            return result.next() ? result.getLong(1) : null;
        }
    }

    private static void fields(PreparedStatement statement, int first, long candidate, Evaluation e)
            throws SQLException {
        statement.setLong(first, candidate);
        statement.setString(first + 1, e.engineId());
        statement.setString(first + 2, e.engineVersion());
        statement.setInt(first + 3, e.ok() ? 1 : 0);
        statement.setInt(first + 4, e.cacheable() ? 1 : 0);
        statement.setDouble(first + 5, e.seconds());
        statement.setString(first + 6, e.timestamp());
    }

    /** Finds or adds the rows of candidates, with their axis values, for one batch. */
    private static final class Candidates implements AutoCloseable {

        private final Connection connection;
        private final long store;
        private final IndexNames names;
        private final Map<String, Long> ids = new HashMap<>();
        private final Map<List<String>, PreparedStatement> inserts = new HashMap<>();
        private final PreparedStatement find;

        Candidates(Connection connection, long store, IndexNames names) throws SQLException {
            this.connection = connection;
            this.store = store;
            this.names = names;
            this.find = connection.prepareStatement("SELECT id FROM candidates WHERE store = ? AND candidate = ?");
        }

        long id(Evaluation e) throws SQLException {
            Long id = ids.get(e.candidate());
            if (id == null) {
                id = existing(find, store, e.candidate());
                if (id == null) {
                    id = insert(e);
                }
                ids.put(e.candidate(), id);
            }
            return id;
        }

        private long insert(Evaluation e) throws SQLException {
            List<String> axes = List.copyOf(e.point().keySet());
            PreparedStatement insert = inserts.get(axes);
            if (insert == null) {
                StringBuilder columns = new StringBuilder("store, candidate, study");
                StringBuilder marks = new StringBuilder("?, ?, ?");
                for (String axis : axes) {
                    long axisId = names.axes().get(axis);
                    columns.append(", ").append(IndexSchema.axisText(axisId)).append(", ")
                            .append(IndexSchema.axisNumber(axisId));
                    marks.append(", ?, ?");
                }
                insert = connection.prepareStatement("INSERT INTO candidates(" + columns + ") VALUES (" + marks + ")",
                        Statement.RETURN_GENERATED_KEYS);
                inserts.put(axes, insert);
            }
            insert.setLong(1, store);
            insert.setString(2, e.candidate());
            insert.setString(3, e.study());
            int column = 4;
            for (String axis : axes) {
                String value = e.point().get(axis);
                insert.setString(column++, value);
                Double number = CanonicalValues.parseNumber(value);
                if (number == null) {
                    insert.setNull(column++, java.sql.Types.REAL);
                } else {
                    insert.setDouble(column++, number);
                }
            }
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }

        @Override
        public void close() throws SQLException {
            find.close();
            for (PreparedStatement insert : inserts.values()) {
                insert.close();
            }
        }
    }

    /**
     * Records which series a store holds.
     *
     * @param connection the index database
     * @param store      the store's id
     * @param hashes     content hashes of series lines written to the store
     * @throws SQLException when the statement fails
     */
    public static void series(Connection connection, long store, Collection<String> hashes) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT OR IGNORE INTO series(store, hash) VALUES (?, ?)")) {
            for (String hash : hashes) {
                statement.setLong(1, store);
                statement.setString(2, hash);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /**
     * Drops evaluations of a store, all of them or those of one engine, and brings their candidates' rows up to date.
     *
     * @param connection the index database
     * @param store      the store's id
     * @param engineId   the engine, or null for every engine
     * @throws SQLException when the statements fail
     */
    public static void invalidate(Connection connection, long store, String engineId) throws SQLException {
        List<Long> candidates = WideRows.candidates(connection, store, engineId);
        String engine = engineId == null ? "" : " AND engine = ?";
        for (String sql : List.of("DELETE FROM quantities WHERE evaluation IN (SELECT id FROM evaluations WHERE "
                + "store = ?" + engine + ")", "DELETE FROM evaluations WHERE store = ?" + engine)) {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, store);
                if (engineId != null) {
                    statement.setString(2, engineId);
                }
                statement.executeUpdate();
            }
        }
        WideRows.refresh(connection, IndexNames.read(connection), candidates);
    }

    /**
     * Records how far a segment is indexed.
     *
     * @param connection the index database
     * @param segment    the segment file
     * @param store      its store's id
     * @param offset     the offset after the last indexed line
     * @throws SQLException when the statement fails
     */
    public static void offset(Connection connection, String segment, long store, long offset) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT OR REPLACE INTO segments(path, store, offset) VALUES (?, ?, ?)")) {
            statement.setString(1, segment);
            statement.setLong(2, store);
            statement.setLong(3, offset);
            statement.executeUpdate();
        }
    }
}
