package org.heterostack.study.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import org.heterostack.study.Evaluation;

/** The tables of the study index and the statements that fill them. */
public final class IndexWriter {

    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS segments(path TEXT PRIMARY KEY, store TEXT NOT NULL, offset INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS candidates(store TEXT NOT NULL, candidate TEXT NOT NULL, study TEXT NOT NULL, "
                + "PRIMARY KEY(store, candidate))",
        "CREATE TABLE IF NOT EXISTS points(store TEXT NOT NULL, candidate TEXT NOT NULL, axis TEXT NOT NULL, "
                + "value TEXT, number REAL, PRIMARY KEY(store, candidate, axis))",
        "CREATE TABLE IF NOT EXISTS evaluations(store TEXT NOT NULL, key TEXT NOT NULL, candidate TEXT NOT NULL, "
                + "engine TEXT NOT NULL, version TEXT, ok INTEGER NOT NULL, cacheable INTEGER NOT NULL, seconds REAL, "
                + "timestamp TEXT, PRIMARY KEY(store, key))",
        "CREATE INDEX IF NOT EXISTS evaluations_candidate ON evaluations(store, candidate)",
        "CREATE TABLE IF NOT EXISTS quantities(store TEXT NOT NULL, key TEXT NOT NULL, candidate TEXT NOT NULL, "
                + "engine TEXT NOT NULL, name TEXT NOT NULL, value REAL, unit TEXT, PRIMARY KEY(store, key, name))",
        "CREATE INDEX IF NOT EXISTS quantities_candidate ON quantities(store, candidate, name)",
        "CREATE TABLE IF NOT EXISTS series(store TEXT NOT NULL, hash TEXT NOT NULL, PRIMARY KEY(store, hash))" };

    private IndexWriter() {
    }

    /**
     * @param connection the index database
     * @throws SQLException when the tables cannot be created
     */
    public static void createTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : SCHEMA) {
                statement.execute(sql);
            }
        }
    }

    /**
     * @param connection the index database
     * @throws SQLException when the tables cannot be dropped
     */
    public static void dropTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("segments", "candidates", "points", "evaluations", "quantities", "series")) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }

    /**
     * Adds evaluations (replacing earlier ones of the same key: a forced re-run) within the caller's transaction.
     *
     * @param connection  the index database
     * @param store       the store the evaluations belong to
     * @param evaluations the evaluations
     * @throws SQLException when the statements fail
     */
    public static void add(Connection connection, String store, List<Evaluation> evaluations) throws SQLException {
        try (PreparedStatement candidate = connection.prepareStatement(
                "INSERT OR IGNORE INTO candidates(store, candidate, study) VALUES (?, ?, ?)");
                PreparedStatement point = connection.prepareStatement(
                        "INSERT OR REPLACE INTO points(store, candidate, axis, value, number) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement evaluation = connection.prepareStatement("INSERT OR REPLACE INTO evaluations(store, "
                        + "key, candidate, engine, version, ok, cacheable, seconds, timestamp) VALUES (?,?,?,?,?,?,?,?,?)");
                PreparedStatement clear = connection.prepareStatement(
                        "DELETE FROM quantities WHERE store = ? AND key = ?");
                PreparedStatement quantity = connection.prepareStatement("INSERT OR REPLACE INTO quantities(store, key, "
                        + "candidate, engine, name, value, unit) VALUES (?,?,?,?,?,?,?)")) {
            for (Evaluation e : evaluations) {
                candidate.setString(1, store);
                candidate.setString(2, e.candidate());
                candidate.setString(3, e.study());
                candidate.addBatch();
                for (Map.Entry<String, String> entry : e.point().entrySet()) {
                    point.setString(1, store);
                    point.setString(2, e.candidate());
                    point.setString(3, entry.getKey());
                    point.setString(4, entry.getValue());
                    Double number = CanonicalValues.parseNumber(entry.getValue());
                    if (number == null) {
                        point.setNull(5, java.sql.Types.REAL);
                    } else {
                        point.setDouble(5, number);
                    }
                    point.addBatch();
                }
                evaluation(evaluation, store, e);
                clear.setString(1, store);
                clear.setString(2, e.key());
                clear.addBatch();
                for (Evaluation.Value value : e.quantities()) {
                    quantity.setString(1, store);
                    quantity.setString(2, e.key());
                    quantity.setString(3, e.candidate());
                    quantity.setString(4, e.engineId());
                    quantity.setString(5, value.key());
                    quantity.setDouble(6, value.value());
                    quantity.setString(7, value.unit());
                    quantity.addBatch();
                }
            }
            candidate.executeBatch();
            point.executeBatch();
            evaluation.executeBatch();
            clear.executeBatch();
            quantity.executeBatch();
        }
    }

    /**
     * Records which series a store holds, within the caller's transaction.
     *
     * @param connection the index database
     * @param store      the store
     * @param hashes     content hashes of series lines written to the store
     * @throws SQLException when the statement fails
     */
    public static void series(Connection connection, String store, java.util.Collection<String> hashes)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT OR IGNORE INTO series(store, hash) VALUES (?, ?)")) {
            for (String hash : hashes) {
                statement.setString(1, store);
                statement.setString(2, hash);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static void evaluation(PreparedStatement statement, String store, Evaluation e) throws SQLException {
        statement.setString(1, store);
        statement.setString(2, e.key());
        statement.setString(3, e.candidate());
        statement.setString(4, e.engineId());
        statement.setString(5, e.engineVersion());
        statement.setInt(6, e.ok() ? 1 : 0);
        statement.setInt(7, e.cacheable() ? 1 : 0);
        statement.setDouble(8, e.seconds());
        statement.setString(9, e.timestamp());
        statement.addBatch();
    }

    /**
     * Drops evaluations of a store, all of them or those of one engine, within the caller's transaction.
     *
     * @param connection the index database
     * @param store      the store
     * @param engineId   the engine, or null for every engine
     * @throws SQLException when the statements fail
     */
    public static void invalidate(Connection connection, String store, String engineId) throws SQLException {
        String engine = engineId == null ? "" : " AND engine = ?";
        for (String table : List.of("evaluations", "quantities")) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM " + table + " WHERE store = ?" + engine)) {
                statement.setString(1, store);
                if (engineId != null) {
                    statement.setString(2, engineId);
                }
                statement.executeUpdate();
            }
        }
    }

    /**
     * Records how far a segment is indexed, within the caller's transaction.
     *
     * @param connection the index database
     * @param segment    the segment file
     * @param store      its store
     * @param offset     the offset after the last indexed line
     * @throws SQLException when the statement fails
     */
    public static void offset(Connection connection, String segment, String store, long offset) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT OR REPLACE INTO segments(path, store, offset) VALUES (?, ?, ?)")) {
            statement.setString(1, segment);
            statement.setString(2, store);
            statement.setLong(3, offset);
            statement.executeUpdate();
        }
    }
}
