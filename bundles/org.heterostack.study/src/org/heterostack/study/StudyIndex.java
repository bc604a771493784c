package org.heterostack.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.heterostack.study.internal.EvaluationJson;
import org.heterostack.study.internal.IndexWriter;
import org.heterostack.study.internal.QuerySql;
import org.heterostack.study.internal.SegmentReader;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * An embedded SQLite database over the result stores of any number of studies (of any number of projects): what
 * a run looks up to reuse results, and what queries ask. It holds nothing the segment files do not: it records how
 * far each segment is indexed, catches up on what a killed run wrote, and can be deleted and rebuilt from the
 * files to the same answers.
 */
public final class StudyIndex implements AutoCloseable {

    private static final int BATCH = 2000;

    private final Path file;
    private final Connection connection;

    private StudyIndex(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens (creating if needed) an index database.
     *
     * @param file the database file, e.g. {@code .heterostack/study-index.sqlite} in the workspace
     * @return the open index
     * @throws StudyException when the database cannot be opened
     */
    public static StudyIndex open(Path file) throws StudyException {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setBusyTimeout(30_000);
            SQLiteDataSource source = new SQLiteDataSource(config);
            source.setUrl("jdbc:sqlite:" + absolute);
            Connection connection = source.getConnection();
            IndexWriter.createTables(connection);
            connection.setAutoCommit(false);
            connection.commit();
            return new StudyIndex(absolute, connection);
        } catch (IOException | SQLException e) {
            throw new StudyException("cannot open the study index " + absolute + ": " + e.getMessage(), e);
        }
    }

    /** @return the database file */
    public Path file() {
        return file;
    }

    /**
     * Indexes what the segment files of a store hold beyond what is indexed already (all of it for a new store).
     *
     * @param store a store directory
     * @return the number of lines indexed
     * @throws StudyException when a file or the database cannot be read
     */
    public synchronized long catchUp(Path store) throws StudyException {
        String storeKey = key(store);
        long lines = 0;
        try {
            for (Path segment : ResultStore.segments(store)) {
                lines += catchUp(storeKey, segment);
            }
            return lines;
        } catch (IOException | SQLException e) {
            rollback();
            throw new StudyException("cannot index the study results in " + store + ": " + e.getMessage(), e);
        }
    }

    private long catchUp(String store, Path segment) throws IOException, SQLException {
        String path = segment.toAbsolutePath().normalize().toString();
        long from = offset(path);
        if (Files.size(segment) <= from) {
            return 0;
        }
        List<Evaluation> batch = new ArrayList<>();
        List<String> series = new ArrayList<>();
        long[] done = { from, 0 };
        SQLException[] failure = new SQLException[1];
        SegmentReader.read(segment, from, (object, end) -> {
            if (failure[0] != null) {
                return;
            }
            try {
                String kind = object.has("kind") ? object.get("kind").getAsString() : "";
                if (EvaluationJson.EVALUATION.equals(kind)) {
                    batch.add(EvaluationJson.read(object, null));
                } else if (EvaluationJson.SERIES.equals(kind)) {
                    series.add(object.get("hash").getAsString());
                } else if ("invalidate".equals(kind)) {
                    IndexWriter.add(connection, store, batch);
                    batch.clear();
                    IndexWriter.invalidate(connection, store, object.has("engine")
                            ? object.get("engine").getAsString() : null);
                }
                done[0] = end;
                done[1]++;
                if (batch.size() >= BATCH) {
                    IndexWriter.add(connection, store, batch);
                    batch.clear();
                }
            } catch (SQLException e) {
                failure[0] = e;
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        IndexWriter.add(connection, store, batch);
        IndexWriter.series(connection, store, series);
        IndexWriter.offset(connection, path, store, done[0]);
        connection.commit();
        return done[1];
    }

    /**
     * Adds what a run just appended to a segment, and how far the segment is now indexed, in one transaction.
     *
     * @param store       the store directory
     * @param segment     the segment file written
     * @param offset      the segment's size after the append
     * @param evaluations the evaluations appended
     * @param series      the content hashes of the series lines appended
     * @throws StudyException when the database fails
     */
    public synchronized void committed(Path store, Path segment, long offset, List<Evaluation> evaluations,
            Collection<String> series) throws StudyException {
        String storeKey = key(store);
        try {
            IndexWriter.add(connection, storeKey, evaluations);
            IndexWriter.series(connection, storeKey, series);
            IndexWriter.offset(connection, segment.toAbsolutePath().normalize().toString(), storeKey, offset);
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new StudyException("cannot index the study results in " + store + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param store a store directory
     * @return the keys of its evaluations that may be reused (succeeded, deterministic engine, not invalidated)
     * @throws StudyException when the database fails
     */
    public synchronized Set<String> reusableKeys(Path store) throws StudyException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT key FROM evaluations WHERE store = ? AND ok = 1 AND cacheable = 1")) {
            statement.setString(1, key(store));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    keys.add(result.getString(1));
                }
            }
            return keys;
        } catch (SQLException e) {
            throw new StudyException("cannot read the study index " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param store a store directory
     * @return the content hashes of the series its segments hold
     * @throws StudyException when the database fails
     */
    public synchronized Set<String> seriesHashes(Path store) throws StudyException {
        Set<String> hashes = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT hash FROM series WHERE store = ?")) {
            statement.setString(1, key(store));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    hashes.add(result.getString(1));
                }
            }
            return hashes;
        } catch (SQLException e) {
            throw new StudyException("cannot read the study index " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Empties the index and indexes the given stores again from their files.
     *
     * @param stores store directories
     * @return the number of lines indexed
     * @throws StudyException when a file or the database cannot be read
     */
    public synchronized long rebuild(Collection<Path> stores) throws StudyException {
        try {
            IndexWriter.dropTables(connection);
            IndexWriter.createTables(connection);
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw new StudyException("cannot rebuild the study index " + file + ": " + e.getMessage(), e);
        }
        long lines = 0;
        for (Path store : stores) {
            lines += catchUp(store);
        }
        return lines;
    }

    /**
     * @return the store directories the index knows
     * @throws StudyException when the database fails
     */
    public synchronized List<Path> stores() throws StudyException {
        List<Path> stores = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT DISTINCT store FROM segments ORDER BY store")) {
            while (result.next()) {
                stores.add(Path.of(result.getString(1)));
            }
            return stores;
        } catch (SQLException e) {
            throw new StudyException("cannot read the study index " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The units of the quantities the index holds, for column headers such as "pce (%)".
     *
     * @return the unit of each quantity by quantity name (the alphabetically first one should engines disagree)
     * @throws StudyException when the database fails
     */
    public synchronized java.util.Map<String, String> units() throws StudyException {
        java.util.Map<String, String> units = new java.util.TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT name, MIN(unit) FROM quantities GROUP BY name")) {
            while (result.next()) {
                units.put(result.getString(1), result.getString(2) == null ? "" : result.getString(2));
            }
            connection.commit();
            return units;
        } catch (SQLException e) {
            rollback();
            throw new StudyException("cannot read the study index " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param query the query
     * @return one row per candidate of every indexed study that meets the condition
     * @throws StudyException naming an unknown column, a malformed condition or a database failure
     */
    public synchronized QueryResult query(Query query) throws StudyException {
        try {
            QueryResult result = QuerySql.run(connection, query);
            connection.commit();
            return result;
        } catch (IllegalArgumentException e) {
            throw new StudyException(e.getMessage(), e);
        } catch (SQLException e) {
            rollback();
            throw new StudyException("cannot query the study index " + file + ": " + e.getMessage(), e);
        }
    }

    private long offset(String segment) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT offset FROM segments WHERE path = ?")) {
            statement.setString(1, segment);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getLong(1) : 0;
            }
        }
    }

    private static String key(Path store) {
        return store.toAbsolutePath().normalize().toString();
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the connection is gone; the files are untouched and the next catch-up repairs the index
        }
    }

    @Override
    public synchronized void close() throws StudyException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StudyException("cannot close the study index " + file + ": " + e.getMessage(), e);
        }
    }
}
