package org.heterostack.study.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.heterostack.model.AnalysisResult;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Series;
import org.heterostack.model.io.LoadResult;
import org.heterostack.model.io.ModelFiles;
import org.heterostack.model.io.ResultNames;
import org.heterostack.study.StoredResults;
import org.heterostack.model.validation.ModelValidation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Storing results into a user's file changes nothing but the results (regressions of issue #11): comments stay,
 * links are written through, mode is kept, read-only and hard-linked files are refused, leftovers of a killed
 * store are removed, concurrent stores keep each other's results, and the stored file validates.
 */
class StoreIntoFileTest {

    private static final HeterostackFactory F = HeterostackFactory.eINSTANCE;
    private Path directory;
    private Path file;

    @BeforeEach
    void copyExample() throws IOException {
        directory = Files.createTempDirectory("hstack-store");
        file = directory.resolve("cell.hstack");
        try (InputStream in = Examples.stream("ionmonger-reference.hstack")) {
            Files.copy(in, file);
        }
    }

    @AfterEach
    void deleteDirectory() throws IOException {
        directory.toFile().setWritable(true);
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static HeterostackModel load(Path path) {
        LoadResult loaded = ModelFiles.load(path);
        assertTrue(loaded.ok(), loaded.diagnostics()::toString);
        return loaded.model();
    }

    /** A result like an engine's, with a series whose values repeat (the unique lists dropped them). */
    private static AnalysisResult result(HeterostackModel model, String engine) {
        NamedElement device = model.getDevices().get(0);
        AnalysisResult result = F.createAnalysisResult();
        result.setName(ResultNames.of(device.getName(), engine));
        result.setTarget(device);
        result.setEngineId(engine);
        Series series = F.createSeries();
        series.setKey("jv");
        series.getX().addAll(List.of(0.0, 0.5, 0.5, 1.0));
        series.getY().addAll(List.of(22.0, 22.0, 22.0, -5.0));
        result.getSeries().add(series);
        return result;
    }

    private static void store(Path path, String engine) throws IOException {
        HeterostackModel model = load(path);
        StoredResults.store(model, List.of(result(model, engine)), path);
    }

    @Test
    void repeatedValuesOfASeriesSurviveStoreAndLoad() throws IOException {
        store(file, "e1");
        Series series = load(file).getResults().get(0).getSeries().get(0);
        assertEquals(List.of(0.0, 0.5, 0.5, 1.0), series.getX());
        assertEquals(List.of(22.0, 22.0, 22.0, -5.0), series.getY());
    }

    @Test
    void theStoredFileValidatesAndNamesResultsWithoutBlanks() throws IOException {
        store(file, "org.heterostack.engine.x");
        HeterostackModel stored = load(file);
        assertEquals(List.of(), ModelValidation.validate(stored));
        assertEquals("IonMonger-reference@org.heterostack.engine.x", stored.getResults().get(0).getName());
    }

    @Test
    void commentsAndProcessingInstructionsAreKeptWhereTheyWere() throws IOException {
        String original = Files.readString(file);
        String commented = original.replaceFirst("\n", "\n<!-- curated by the group, 2026 -->\n<?group-tool v2?>\n")
                .replace("  <devices ", "  <!-- the IonMonger cell -->\n  <devices ")
                .replace("  </devices>", "    <!-- last element of the device -->\n  </devices>");
        Files.writeString(file, commented);
        store(file, "e1");
        String stored = Files.readString(file);
        for (String note : List.of("<!-- curated by the group, 2026 -->\n<?group-tool v2?>\n<hstack:HeterostackModel",
                "<!-- the IonMonger cell -->\n  <devices ", "    <!-- last element of the device -->\n  </devices>")) {
            assertTrue(stored.contains(note), () -> "kept in place: " + note + "\n" + stored);
        }
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
        Path link = directory.resolve("link.hstack");
        Files.createSymbolicLink(link, file.getFileName());
        store(link, "e1");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(1, load(file).getResults().size(), "the link's target has the results");
    }

    @Test
    void theFileKeepsItsMode() throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        store(file, "e1");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void aReadOnlyFileIsRefusedAndUnchanged() throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);
        IOException refused = assertThrows(IOException.class, () -> store(file, "e1"));
        assertEquals(file.toRealPath() + " is read-only; make it writable (chmod u+w) to change it",
                refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void aHardLinkedFileIsRefusedAndUnchanged() throws IOException {
        Files.createLink(directory.resolve("other-name.hstack"), file);
        byte[] before = Files.readAllBytes(file);
        IOException refused = assertThrows(IOException.class, () -> store(file, "e1"));
        assertEquals(file.toRealPath() + " has 2 hard links, which replacing it would separate; store into a copy of "
                + "it instead", refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void temporaryFilesOfAKilledStoreAreRemovedByTheNext() throws IOException {
        Path orphan = directory.resolve(".cell.hstack.0f8fad5b-d9cb-469f-a165-70867728950e.tmp");
        Files.writeString(orphan, "half a model");
        store(file, "e1");
        assertEquals(Set.of("cell.hstack"), namesInDirectory());
    }

    @Test
    void concurrentStoresOfDifferentEnginesKeepBothRuns() throws Exception {
        int pairs = 10;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int pair = 0; pair < pairs; pair++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> stores = new ArrayList<>();
                for (String engine : List.of("engine.a" + pair, "engine.b" + pair)) {
                    HeterostackModel model = load(file);
                    stores.add(pool.submit(() -> {
                        start.await();
                        StoredResults.store(model, List.of(result(model, engine)), file);
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> store : stores) {
                    store.get();
                }
            }
        } finally {
            pool.shutdown();
        }
        Set<String> engines = load(file).getResults().stream().map(AnalysisResult::getEngineId)
                .collect(Collectors.toSet());
        assertEquals(2 * pairs, engines.size(), () -> "every run kept: " + engines);
    }

    @Test
    void aStoredFileOfVersionZeroPointOneIsRepairedOnLoad() throws IOException {
        store(file, "e1");
        String broken = Files.readString(file, StandardCharsets.UTF_8)
                .replace("name=\"IonMonger-reference@e1\"", "name=\"IonMonger-reference / e1\"")
                .replaceFirst("<y>22\\.0</y>\\s*<y>22\\.0</y>", "");
        Files.writeString(file, broken);
        LoadResult loaded = ModelFiles.load(file);
        AnalysisResult result = loaded.model().getResults().get(0);
        assertEquals("IonMonger-reference@e1", result.getName());
        assertTrue(result.getSeries().isEmpty(), "the series with 4 x but 2 y values is taken out");
        assertEquals(List.of(file + ": warning: Result 'IonMonger-reference@e1': series 'jv' (4 x but 2 y values) "
                + "was removed: Heterostack 0.1 dropped repeated values when it stored it; analyse the model again to "
                + "restore it"), loaded.diagnostics().stream().map(Object::toString).toList());
        assertFalse(ModelValidation.validate(loaded.model()).stream().anyMatch(p -> p.message().contains("jv")));
    }

    private Set<String> namesInDirectory() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
