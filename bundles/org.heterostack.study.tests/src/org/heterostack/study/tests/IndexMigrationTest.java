package org.heterostack.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

import org.heterostack.study.LocalBackend;
import org.heterostack.study.Query;
import org.heterostack.study.QueryResult;
import org.heterostack.study.ResultStore;
import org.heterostack.study.StudyException;
import org.heterostack.study.StudyIndex;
import org.heterostack.study.StudyPlan;
import org.heterostack.study.StudyRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Index files of other versions: one of the first schema (a text row per quantity) is rebuilt from the files of the
 * stores it knew, never read as if it were of this one; one of a later version is refused.
 */
class IndexMigrationTest {

    /** The tables of the first schema, as it created them. */
    private static final String[] FIRST_SCHEMA = {
        "CREATE TABLE segments(path TEXT PRIMARY KEY, store TEXT NOT NULL, offset INTEGER NOT NULL)",
        "CREATE TABLE candidates(store TEXT NOT NULL, candidate TEXT NOT NULL, study TEXT NOT NULL, "
                + "PRIMARY KEY(store, candidate))",
        "CREATE TABLE points(store TEXT NOT NULL, candidate TEXT NOT NULL, axis TEXT NOT NULL, value TEXT, number REAL, "
                + "PRIMARY KEY(store, candidate, axis))",
        "CREATE TABLE evaluations(store TEXT NOT NULL, key TEXT NOT NULL, candidate TEXT NOT NULL, engine TEXT NOT NULL, "
                + "version TEXT, ok INTEGER NOT NULL, cacheable INTEGER NOT NULL, seconds REAL, timestamp TEXT, "
                + "PRIMARY KEY(store, key))",
        "CREATE TABLE quantities(store TEXT NOT NULL, key TEXT NOT NULL, candidate TEXT NOT NULL, engine TEXT NOT NULL, "
                + "name TEXT NOT NULL, value REAL, unit TEXT, PRIMARY KEY(store, key, name))",
        "CREATE TABLE series(store TEXT NOT NULL, hash TEXT NOT NULL, PRIMARY KEY(store, hash))" };

    @TempDir
    Path directory;

    @Test
    void anIndexOfTheFirstSchemaIsRebuiltFromTheFilesOfItsStores() throws Exception {
        Path store = directory.resolve("a");
        Path fresh = directory.resolve("fresh.sqlite");
        QueryResult expected;
        try (StudyIndex index = StudyIndex.open(fresh)) {
            StudyPlan plan = TestStudies.plan(TestStudies.load(TestStudies.file(TestStudies.SWEEP)), new EchoEngine());
            try (ResultStore results = ResultStore.open(store)) {
                new StudyRunner(new LocalBackend(2)).run(plan, results, index, false, null);
            }
            expected = index.query(Query.all());
        }
        Path old = directory.resolve("old.sqlite");
        try (Connection connection = connect(old);
                Statement statement = connection.createStatement()) {
            for (String sql : FIRST_SCHEMA) {
                statement.execute(sql);
            }
            // the old index claims every segment indexed, and holds a candidate the files do not
            try (PreparedStatement segment = connection.prepareStatement("INSERT INTO segments VALUES (?, ?, ?)")) {
                for (Path file : ResultStore.segments(store)) {
                    segment.setString(1, file.toAbsolutePath().normalize().toString());
                    segment.setString(2, store.toAbsolutePath().normalize().toString());
                    segment.setLong(3, Files.size(file));
                    segment.executeUpdate();
                }
            }
            statement.execute("INSERT INTO candidates VALUES ('" + store.toAbsolutePath().normalize()
                    + "', 'stale', 'sweep')");
            statement.execute("INSERT INTO segments VALUES ('/gone/s.jsonl', '/gone', 1)");
        }
        try (StudyIndex index = StudyIndex.open(old)) {
            assertEquals(expected, index.query(Query.all()), "the answers of an index made from the files");
            assertEquals(List.of(store.toAbsolutePath().normalize()), index.stores(),
                    "stores whose directory is gone are dropped");
        }
        try (StudyIndex index = StudyIndex.open(old)) {
            assertEquals(24, index.query(new Query("", "", List.of("candidate"))).rows().size(), "opened as it is");
        }
    }

    @Test
    void anIndexOfALaterVersionIsRefused() throws Exception {
        Path later = directory.resolve("later.sqlite");
        try (Connection connection = connect(later);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE future(x)");
            statement.execute("PRAGMA user_version = 99");
        }
        String message = assertThrows(StudyException.class, () -> StudyIndex.open(later)).getMessage();
        assertTrue(message.contains("written by a later version of Heterostack (schema 99"), message);
    }

    private static Connection connect(Path file) throws java.sql.SQLException {
        org.sqlite.SQLiteDataSource source = new org.sqlite.SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + file);
        return source.getConnection();
    }
}
