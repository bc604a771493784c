package org.heterostack.study.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The numbered names of an index as one transaction sees them: axes (in the order they were first indexed),
 * quantities, and each unit a quantity was given. A name new to the index gets its number and its columns of
 * {@code candidates} within the caller's transaction (a rollback takes both back; read the names again after one).
 */
public final class IndexNames {

    private final Map<String, Long> axes = new LinkedHashMap<>();
    private final Map<String, Long> quantities = new HashMap<>();
    private final Map<UnitKey, Long> units = new HashMap<>();

    private IndexNames() {
    }

    /**
     * @param connection the index database
     * @return its names
     * @throws SQLException when the database cannot be read
     */
    public static IndexNames read(Connection connection) throws SQLException {
        IndexNames names = new IndexNames();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet result = statement.executeQuery("SELECT id, name, axis FROM names ORDER BY id")) {
                while (result.next()) {
                    (result.getInt(3) == 1 ? names.axes : names.quantities).put(result.getString(2),
                            result.getLong(1));
                }
            }
            try (ResultSet result = statement.executeQuery("SELECT id, name, unit FROM units")) {
                while (result.next()) {
                    names.units.put(key(result.getLong(2), result.getString(3)), result.getLong(1));
                }
            }
        }
        return names;
    }

    /** @return the axes' ids by name, in the order they were first indexed */
    public Map<String, Long> axes() {
        return axes;
    }

    /** @return the quantities' ids by name */
    public Map<String, Long> quantities() {
        return quantities;
    }

    /**
     * @param connection the index database, in a transaction
     * @param name       an axis name
     * @return its id (numbered and given its columns if new)
     * @throws SQLException when the database fails
     */
    public long axis(Connection connection, String name) throws SQLException {
        Long id = axes.get(name);
        if (id == null) {
            id = insert(connection, name, 1);
            axes.put(name, id);
            alter(connection, IndexSchema.axisText(id) + " TEXT", IndexSchema.axisNumber(id) + " REAL");
        }
        return id;
    }

    /**
     * @param connection the index database, in a transaction
     * @param name       a quantity name
     * @param unit       the unit an engine gave it (may be null)
     * @return the id of the name with that unit (numbered, and the name given its column, if new)
     * @throws SQLException when the database fails
     */
    public long unit(Connection connection, String name, String unit) throws SQLException {
        Long nameId = quantities.get(name);
        if (nameId == null) {
            nameId = insert(connection, name, 0);
            quantities.put(name, nameId);
            alter(connection, IndexSchema.quantity(nameId) + " REAL");
        }
        UnitKey key = key(nameId, unit);
        Long id = units.get(key);
        if (id == null) {
            try (PreparedStatement statement = connection.prepareStatement(
                    "INSERT INTO units(name, unit) VALUES (?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                statement.setLong(1, nameId);
                statement.setString(2, unit);
                statement.executeUpdate();
                id = generated(statement);
            }
            units.put(key, id);
        }
        return id;
    }

    private static long insert(Connection connection, String name, int axis) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO names(name, axis) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            statement.setString(1, name);
            statement.setInt(2, axis);
            statement.executeUpdate();
            return generated(statement);
        }
    }

    private static long generated(Statement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static void alter(Connection connection, String... columns) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String column : columns) {
                statement.execute("ALTER TABLE candidates ADD COLUMN " + column);
            }
        }
    }

    private static UnitKey key(long name, String unit) {
        return new UnitKey(name, unit);
    }

    private record UnitKey(long name, String unit) {
    }
}
