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
import org.heterostack.study.internal.IndexSchema;
import org.heterostack.study.internal.IndexWriter;
import org.heterostack.study.internal.QuerySql;
import org.heterostack.study.internal.SegmentReader;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * An embedded SQLite database over the result stores of any number of studies (of any number of projects): what
 * a run looks up to reuse results, and what queries ask. It holds nothing the segment files do not: it records how
 * far each segment is indexed, catches up on what a killed run wrote, and can be deleted and rebuilt from the
 * files to the same answers. A candidate is one row that holds what a query shows of it (axis values, quantities,
 * failures, engine time), kept up to date as results are committed, so a query reads a row per candidate and
 * 100,000 candidates take well under a second.
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
     * Opens (creating if needed) an index database. An index written by an earlier version of this class is rebuilt
     * from the files of the stores it knew (those whose directory still exists; that may take a while for large
     * studies); one written by a later version is refused.
     *
     * @param file the database file, e.g. {@code .heterostack/study-index.sqlite} in the workspace
     * @return the open index
     * @throws StudyException when the database cannot be opened, was written by a later version, or an earlier
     *                        version's index cannot be rebuilt
     */
    public static StudyIndex open(Path file) throws StudyException {
        Path absolute = file.toAbsolutePath().normalize();
        Connection connection = null;
        try {
            Files.createDirectories(absolute.getParent());
            SQLiteConfig config = new SQLiteConfig();
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.setBusyTimeout(30_000);
            SQLiteDataSource source = new SQLiteDataSource(config);
            source.setUrl("jdbc:sqlite:" + absolute);
            connection = source.getConnection();
            List<String> earlier = prepare(connection, absolute);
            connection.setAutoCommit(false);
            connection.commit();
            StudyIndex index = new StudyIndex(absolute, connection);
            for (String store : earlier) {
                if (Files.isDirectory(Path.of(store))) {
                    index.catchUp(Path.of(store));
                }
            }
            return index;
        } catch (IOException | SQLException | StudyException e) {
            try {
                if (connection != null) {
                    connection.close();
                }
            } catch (SQLException closing) {
                e.addSuppressed(closing);
            }
            throw e instanceof StudyException failure ? failure
                    : new StudyException("cannot open the study index " + absolute + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates the tables; drops those of an earlier schema first.
     *
     * @return the stores the earlier schema knew, to index again
     */
    private static List<String> prepare(Connection connection, Path file) throws SQLException, StudyException {
        int version = IndexSchema.version(connection);
        if (version > IndexSchema.VERSION) {
            throw new StudyException("cannot open the study index " + file + ": it was written by a later version of "
                    + "Heterostack (schema " + version + ", this version reads " + IndexSchema.VERSION
                    + "); delete it to index the results again");
        }
        List<String> earlier = List.of();
        if (IndexSchema.stale(connection)) {
            earlier = IndexSchema.staleStores(connection);
            IndexSchema.dropTables(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM");
            }
        }
        IndexSchema.createTables(connection);
        return earlier;
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
        long lines = 0;
        try {
            List<Path> segments = ResultStore.segments(store);
            Long storeId = segments.isEmpty() ? null : IndexWriter.store(connection, key(store));
            for (Path segment : segments) {
                lines += catchUp(storeId, segment);
            }
            connection.commit();
            return lines;
        } catch (IOException | SQLException e) {
            rollback();
            throw new StudyException("cannot index the study results in " + store + ": " + e.getMessage(), e);
        }
    }

    private long catchUp(long store, Path segment) throws IOException, SQLException {
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
        try {
            long storeId = IndexWriter.store(connection, key(store));
            IndexWriter.add(connection, storeId, evaluations);
            IndexWriter.series(connection, storeId, series);
            IndexWriter.offset(connection, segment.toAbsolutePath().normalize().toString(), storeId, offset);
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
        try (PreparedStatement statement = connection.prepareStatement("SELECT e.key FROM evaluations e JOIN stores s "
                + "ON s.id = e.store WHERE s.path = ? AND e.ok = 1 AND e.cacheable = 1")) {
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
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT r.hash FROM series r JOIN stores s ON s.id = r.store WHERE s.path = ?")) {
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
            IndexSchema.dropTables(connection);
            connection.commit();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("VACUUM");
            } finally {
                connection.setAutoCommit(false);
            }
            IndexSchema.createTables(connection);
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
                ResultSet result = statement.executeQuery("SELECT DISTINCT s.path FROM segments g JOIN stores s ON "
                        + "s.id = g.store ORDER BY s.path")) {
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
        return read(connection -> {
            java.util.Map<String, String> units = new java.util.TreeMap<>();
            try (Statement statement = connection.createStatement();
                    ResultSet result = statement.executeQuery("SELECT n.name, MIN(u.unit) FROM names n JOIN units u "
                            + "ON u.name = n.id WHERE EXISTS (SELECT 1 FROM quantities q WHERE q.unit = u.id) "
                            + "GROUP BY n.name")) {
                while (result.next()) {
                    units.put(result.getString(1), result.getString(2) == null ? "" : result.getString(2));
                }
            }
            return units;
        });
    }

    /**
     * @param query the query
     * @return one row per candidate of every indexed study that meets the condition
     * @throws StudyException naming an unknown column, a malformed condition or a database failure
     */
    public QueryResult query(Query query) throws StudyException {
        return query(query, -1);
    }

    /**
     * The first rows of a query's answer, e.g. what a table shows before the rest is read: as fast for 100,000
     * candidates as for 100 when the query is in the default order.
     *
     * @param query the query
     * @param limit the most rows to answer (the first in the query's order), or -1 for all
     * @return at most {@code limit} rows of {@link #query(Query)}'s answer, the first ones, with its columns
     * @throws StudyException naming an unknown column, a malformed condition or a database failure
     * @since 0.2
     */
    public synchronized QueryResult query(Query query, int limit) throws StudyException {
        return read(connection -> QuerySql.run(connection, query, limit));
    }

    /**
     * @param query the query (its sort and columns do not matter)
     * @return the number of rows {@link #query(Query)} answers
     * @throws StudyException naming an unknown column, a malformed condition or a database failure
     * @since 0.2
     */
    public synchronized long count(Query query) throws StudyException {
        return read(connection -> QuerySql.count(connection, query));
    }

    private interface Read<T> {
        T from(Connection connection) throws SQLException;
    }

    private <T> T read(Read<T> read) throws StudyException {
        try {
            T answer = read.from(connection);
            connection.commit();
            return answer;
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
