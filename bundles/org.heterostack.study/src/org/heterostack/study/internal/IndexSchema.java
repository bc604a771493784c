package org.heterostack.study.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The tables of the study index (schema version {@value #VERSION}, kept in SQLite's {@code user_version}). Stores,
 * quantity names and units are numbered once; a candidate is one row of {@code candidates} that also holds what a
 * query shows of it: its axis values (text {@code a<id>} and number {@code n<id>}, written once: a candidate's id is
 * the hash of its point), its quantities ({@code q<id>}, the value of the first engine by id that has one), its failed
 * evaluations and engine time. Those columns are added as names appear and kept up to date with each commit
 * ({@link WideRows}), so a query reads one row per candidate and nothing else. {@code evaluations} and
 * {@code quantities} hold every evaluation for reuse, invalidation and the wide columns' upkeep.
 */
public final class IndexSchema {

    /** The schema version this code writes; version 0 with tables is the first (one text row per quantity). */
    public static final int VERSION = 2;

    private static final List<String> TABLES = List.of("segments", "stores", "names", "units", "candidates", "points",
            "evaluations", "quantities", "series");

    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS stores(id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE)",
        "CREATE TABLE IF NOT EXISTS segments(path TEXT PRIMARY KEY, store INTEGER NOT NULL, offset INTEGER NOT NULL)",
        "CREATE TABLE IF NOT EXISTS names(id INTEGER PRIMARY KEY, name TEXT NOT NULL, axis INTEGER NOT NULL, "
                + "UNIQUE(name, axis))",
        "CREATE TABLE IF NOT EXISTS units(id INTEGER PRIMARY KEY, name INTEGER NOT NULL, unit TEXT)",
        "CREATE TABLE IF NOT EXISTS candidates(id INTEGER PRIMARY KEY, store INTEGER NOT NULL, candidate TEXT NOT NULL, "
                + "study TEXT NOT NULL, failed INTEGER NOT NULL DEFAULT 0, seconds REAL, UNIQUE(store, candidate))",
        "CREATE INDEX IF NOT EXISTS candidates_order ON candidates(study, candidate)",
        "CREATE TABLE IF NOT EXISTS evaluations(id INTEGER PRIMARY KEY, store INTEGER NOT NULL, key TEXT NOT NULL, "
                + "candidate INTEGER NOT NULL, engine TEXT NOT NULL, version TEXT, ok INTEGER NOT NULL, "
                + "cacheable INTEGER NOT NULL, seconds REAL, timestamp TEXT, UNIQUE(store, key))",
        "CREATE INDEX IF NOT EXISTS evaluations_candidate ON evaluations(candidate)",
        "CREATE TABLE IF NOT EXISTS quantities(evaluation INTEGER NOT NULL, unit INTEGER NOT NULL, value REAL, "
                + "PRIMARY KEY(evaluation, unit)) WITHOUT ROWID",
        "CREATE INDEX IF NOT EXISTS quantities_unit ON quantities(unit)",
        "CREATE TABLE IF NOT EXISTS series(store INTEGER NOT NULL, hash TEXT NOT NULL, PRIMARY KEY(store, hash))" };

    private IndexSchema() {
    }

    /**
     * @param connection the index database
     * @return the schema version of the file: 0 for a new file or the first schema (see {@link #stale})
     * @throws SQLException when the database cannot be read
     */
    public static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA user_version")) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    /**
     * @param connection the index database
     * @return whether it holds tables of an earlier schema, whose answers this code cannot read
     * @throws SQLException when the database cannot be read
     */
    public static boolean stale(Connection connection) throws SQLException {
        if (version(connection) >= VERSION) {
            return false;
        }
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('segments', 'points')")) {
            return result.next() && result.getInt(1) > 0;
        }
    }

    /**
     * @param connection the index database of an earlier schema
     * @return the store directories it knew, to index again from their files
     * @throws SQLException when the database cannot be read
     */
    public static List<String> staleStores(Connection connection) throws SQLException {
        List<String> stores = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT DISTINCT store FROM segments ORDER BY store")) {
            while (result.next()) {
                stores.add(result.getString(1));
            }
        }
        return stores;
    }

    /**
     * Creates the tables that do not exist and records the schema version.
     *
     * @param connection the index database
     * @throws SQLException when the tables cannot be created
     */
    public static void createTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : SCHEMA) {
                statement.execute(sql);
            }
            statement.execute("PRAGMA user_version = " + VERSION);
        }
    }

    /**
     * Drops every table of this or an earlier schema.
     *
     * @param connection the index database
     * @throws SQLException when the tables cannot be dropped
     */
    public static void dropTables(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }

    /**
     * @param id a name's id
     * @return the candidates column of an axis's value as text
     */
    public static String axisText(long id) {
        return "a" + id;
    }

    /**
     * @param id a name's id
     * @return the candidates column of an axis's value as a number (NULL when it is none)
     */
    public static String axisNumber(long id) {
        return "n" + id;
    }

    /**
     * @param id a name's id
     * @return the candidates column of a quantity
     */
    public static String quantity(long id) {
        return "q" + id;
    }
}
