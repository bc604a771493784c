package org.heterostack.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;

import org.heterostack.engine.EngineRegistryLookup;
import org.heterostack.engine.EngineSelector;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.model.Material;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * An installed engine is untrusted code (issue 14), seen through {@code heterostack analyze FILE} as a user runs it:
 * an engine service that throws, returns NaN or an infinite value, changes the model it was given, overflows its
 * stack, allocates beyond the heap, or outlasts its time budget ignoring interrupts runs next to a built-in engine
 * on an example file. Each time the file's bytes are unchanged, the misbehaving engine's result is failed and names
 * its id (an engine that only changes its own copy of the model succeeds), and the built-in engine's result is the
 * same as without it.
 */
class UntrustedEngineFileTest {

    private static final String TOLERANCE = "org.heterostack.engine.structure.tolerance";
    private static final String TARGET = "MAPbI3";
    private static final List<ServiceRegistration<IAnalysisEngine>> REGISTRATIONS = new ArrayList<>();
    private static volatile boolean releaseStubbornEngine;

    @TempDir
    static Path directory;

    private static Path file;
    private static byte[] bytes;
    private static JsonObject alone;

    @BeforeAll
    static void theBuiltInEngineAlone() throws Exception {
        TestInstallation.waitForEngines();
        bytes = TestInstallation.example("ba-mapbi3-nip.hstack");
        file = Files.write(directory.resolve("ba-mapbi3-nip.hstack"), bytes);
        CliRun run = analyze(TOLERANCE);
        assertEquals(ExitCode.OK, run.exit(), run.toString());
        alone = result(run, TOLERANCE);
    }

    @TestFactory
    Stream<DynamicTest> eachMisbehaviourIsAFailedResultOfThatEngineOnly() {
        return Stream.of(
                failing("throws", "IllegalStateException: broken on purpose", (request, result) -> {
                    throw new IllegalStateException("broken on purpose");
                }),
                failing("nan", "NaN", (request, result) -> result.quantity("x", Double.NaN, "1", "not a number")),
                failing("infinity", "Infinity",
                        (request, result) -> result.quantity("x", Double.POSITIVE_INFINITY, "1", "infinite")),
                failing("stackoverflow", "StackOverflowError", (request, result) -> result.quantity("depth",
                        recurse(0), "1", "never reached")),
                failing("outofmemory", "OutOfMemoryError", (request, result) -> result.quantity("size",
                        new long[Integer.MAX_VALUE - 16].length, "1", "never reached")),
                failing("stubborn", "did not finish within 1 s", (request, result) -> {
                    while (!releaseStubbornEngine) {
                        try {
                            Thread.sleep(50);
                        } catch (InterruptedException ignored) {
                            // ignores the request to stop, as the worst engine does
                        }
                    }
                }),
                DynamicTest.dynamicTest("modifies the model", () -> {
                    String id = register("modifies", (request, result) -> {
                        Material material = (Material) request.target();
                        material.setName("renamed by the engine");
                        new ArrayList<>(material.eContents()).forEach(EcoreUtil::delete);
                        result.quantity("contents_left", material.eContents().size(), "1", "after clearing them");
                    });
                    JsonObject own = check(id);
                    assertEquals("ok", own.get("status").getAsString(), "it changed only its own copy: " + own);
                }));
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }

    private DynamicTest failing(String misbehaviour, String reason, MisbehavingEngine.Behaviour behaviour) {
        return DynamicTest.dynamicTest(misbehaviour, () -> {
            String id = register(misbehaviour, behaviour);
            JsonObject own = check(id);
            assertEquals("failed", own.get("status").getAsString(), own.toString());
            String message = own.getAsJsonArray("messages").toString();
            assertTrue(message.contains(id) && message.contains(reason), message);
            assertEquals(0, own.getAsJsonObject("quantities").size(), "a failed result has no numbers: " + own);
        });
    }

    /** Runs the engine beside the built-in one on the file; @return the engine's result */
    private static JsonObject check(String id) throws Exception {
        CliRun run = analyze(id, TOLERANCE);
        assertArrayEquals(bytes, Files.readAllBytes(file), "the file is unchanged");
        JsonObject builtIn = result(run, TOLERANCE);
        builtIn.remove("provenance");
        JsonObject expected = alone.deepCopy();
        expected.remove("provenance");
        assertEquals(expected, builtIn, "the built-in engine's result is as without the untrusted one");
        return result(run, id);
    }

    private static String register(String misbehaviour, MisbehavingEngine.Behaviour behaviour)
            throws InterruptedException {
        MisbehavingEngine engine = new MisbehavingEngine(misbehaviour, behaviour);
        BundleContext context = FrameworkUtil.getBundle(UntrustedEngineFileTest.class).getBundleContext();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("service.ranking", -100);
        REGISTRATIONS.add(context.registerService(IAnalysisEngine.class, engine, properties));
        String id = engine.descriptor().id();
        for (int i = 0; i < 200 && EngineRegistryLookup.registry().find(EngineSelector.anyVersion(id)).isEmpty(); i++) {
            Thread.sleep(50);
        }
        return id;
    }

    @AfterAll
    static void unregisterAndReleaseTheStubbornEngine() {
        REGISTRATIONS.forEach(ServiceRegistration::unregister);
        releaseStubbornEngine = true;
    }

    private static CliRun analyze(String... engines) {
        List<String> args = new ArrayList<>(List.of("analyze", file.toString(), "--target", TARGET,
                "--json", "--timeout", "1"));
        for (String engine : engines) {
            args.add("--engine");
            args.add(engine);
        }
        return CliRun.of(args.toArray(String[]::new));
    }

    private static JsonObject result(CliRun run, String engine) {
        assertEquals(1, run.out().lines().count(), run.toString());
        JsonObject json = JsonParser.parseString(run.out()).getAsJsonObject();
        for (var result : json.getAsJsonArray("results")) {
            if (result.getAsJsonObject().get("engine").getAsString().equals(engine)) {
                return result.getAsJsonObject();
            }
        }
        throw new AssertionError("no result of " + engine + " in " + run);
    }
}
