package org.heterostack.engine.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.heterostack.engine.EngineProperties;
import org.heterostack.engine.EngineSelector;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.engine.IEngineRegistry;
import org.heterostack.engine.sample.StackAbsorptionEngine;
import org.heterostack.model.EngineCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/** The registry follows engines as bundles and services come and go, and chooses per category. */
class EngineRegistryTest {

    private static BundleContext context;
    private static IEngineRegistry registry;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    @BeforeAll
    static void findRegistry() throws InterruptedException {
        context = FrameworkUtil.getBundle(EngineRegistryTest.class).getBundleContext();
        ServiceTracker<IEngineRegistry, IEngineRegistry> tracker = new ServiceTracker<>(context, IEngineRegistry.class,
                null);
        tracker.open();
        registry = tracker.waitForService(10_000);
        assertNotNull(registry, "no IEngineRegistry service within 10 s");
    }

    @AfterEach
    void unregister() {
        registrations.forEach(ServiceRegistration::unregister);
    }

    private static boolean installed(String engineId) {
        return registry.find(EngineSelector.anyVersion(engineId)).isPresent();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        assertTrue(condition.getAsBoolean(), what);
    }

    @Test
    void anEngineBundleRemovedAndInstalledAtRunTimeLeavesAndJoinsTheRegistry() throws Exception {
        await(() -> installed(StackAbsorptionEngine.ID), "the sample engine is not in the registry at start");
        Bundle sample = FrameworkUtil.getBundle(StackAbsorptionEngine.class);
        Path jar = bundleFile(sample);

        sample.uninstall();
        await(() -> !installed(StackAbsorptionEngine.ID), "the registry kept an uninstalled engine");

        try (InputStream content = Files.newInputStream(jar)) {
            Bundle reinstalled = context.installBundle("heterostack-test:" + jar, content);
            reinstalled.start(Bundle.START_ACTIVATION_POLICY);
        }
        await(() -> installed(StackAbsorptionEngine.ID), "the registry did not pick up the installed engine");
        assertTrue(registry.engines().stream().anyMatch(e -> e.descriptor().id().equals(StackAbsorptionEngine.ID)),
                "the installed engine is not listed");
        assertEquals(StackAbsorptionEngine.ID, registry.choose(EngineCategory.STRUCTURE,
                List.of(EngineSelector.anyVersion(StackAbsorptionEngine.ID))).orElseThrow().descriptor().id(),
                "the installed engine is not chosen when preferred");
    }

    /** Packs a bundle's content into a jar file, as a third-party engine would be delivered. */
    private static Path bundleFile(Bundle bundle) throws Exception {
        Path jar = Files.createTempFile("sample-engine", ".jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            copyEntry(bundle.getEntry("META-INF/MANIFEST.MF"), "META-INF/MANIFEST.MF", out);
            for (URL entry : Collections.list(bundle.findEntries("/", "*", true))) {
                String name = entry.getPath().substring(1);
                if (!name.endsWith("/") && !name.equals("META-INF/MANIFEST.MF")) {
                    copyEntry(entry, name, out);
                }
            }
        }
        return jar;
    }

    private static void copyEntry(URL entry, String name, JarOutputStream out) throws Exception {
        out.putNextEntry(new JarEntry(name));
        try (InputStream in = entry.openStream()) {
            in.transferTo(out);
        }
        out.closeEntry();
    }

    private void register(IAnalysisEngine engine, int ranking) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, ranking);
        registrations.add(context.registerService(IAnalysisEngine.class, engine, properties));
    }

    /**
     * Registers an engine that declares its id, version and category as service properties, made by a service
     * factory that counts how often the framework asks it to make the engine.
     *
     * @return the count
     */
    private AtomicInteger registerCounted(String id, String version, int ranking) {
        AtomicInteger made = new AtomicInteger();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, ranking);
        properties.put(EngineProperties.ID, id);
        properties.put(EngineProperties.VERSION, version);
        properties.put(EngineProperties.CATEGORY, EngineCategory.PHOTOPHYSICS.getName());
        registrations.add(context.registerService(IAnalysisEngine.class, new ServiceFactory<IAnalysisEngine>() {
            @Override
            public IAnalysisEngine getService(Bundle bundle, ServiceRegistration<IAnalysisEngine> registration) {
                made.incrementAndGet();
                return engine(id, version);
            }

            @Override
            public void ungetService(Bundle bundle, ServiceRegistration<IAnalysisEngine> registration,
                    IAnalysisEngine service) {
                // nothing to release
            }
        }, properties));
        return made;
    }

    @Test
    void anEngineIsMadeOnlyWhenACallerGetsIt() {
        AtomicInteger empirical = registerCounted("test.empirical", "1.0.0", 10);
        AtomicInteger physical = registerCounted("test.physical", "1.0.0", 5);
        AtomicInteger physical2 = registerCounted("test.physical", "2.0.0", 5);
        Optional<String> none = Optional.empty();

        assertEquals(List.of(), registry.engines(EngineCategory.STRUCTURE).stream()
                .filter(e -> e.descriptor().id().startsWith("test.")).toList(), "engines of another category");
        assertEquals(List.of(0, 0, 0), List.of(empirical.get(), physical.get(), physical2.get()),
                "engines were made before a caller got them");
        assertEquals("test.empirical", chosen(List.of()), "highest ranking wins without selectors");
        assertEquals(List.of(1, 0, 0), List.of(empirical.get(), physical.get(), physical2.get()),
                "only the chosen engine is made");
        assertEquals("test.physical 1.0.0", chosenWithVersion(List.of(
                new EngineSelector("test.physical", Optional.of("[1.0.0,1.0.0]")),
                new EngineSelector("test.empirical", none))), "a study's pin wins over the preference");
        assertEquals("test.physical 1.0.0", registry.find(new EngineSelector("test.physical",
                Optional.of("[1.0.0,2.0.0)"))).map(e -> e.descriptor().id() + " " + e.descriptor().version())
                .orElseThrow(), "find by version range");
        assertEquals(List.of(1, 1, 0), List.of(empirical.get(), physical.get(), physical2.get()),
                "an engine is made once, and an engine nobody chose is not made");
        assertEquals(3, registry.engines(EngineCategory.PHOTOPHYSICS).stream()
                .filter(e -> e.descriptor().id().startsWith("test.")).count(), "the category's engines listed");
        assertEquals(List.of(1, 1, 1), List.of(empirical.get(), physical.get(), physical2.get()));
    }

    private static TestEngine engine(String id, String version) {
        return new TestEngine(id, version, EngineCategory.PHOTOPHYSICS, (request, result, monitor) -> { });
    }

    /** Engines without the service properties of {@link EngineProperties}: the registry makes them to rank them. */
    @Test
    void choiceFollowsPinThenPreferenceThenRanking() {
        register(engine("test.empirical", "1.0.0"), 10);
        register(engine("test.physical", "1.0.0"), 5);
        register(engine("test.physical", "2.0.0"), 5);
        Optional<String> none = Optional.empty();

        assertEquals("test.empirical", chosen(List.of()), "highest ranking wins without selectors");
        assertEquals("test.physical 2.0.0", chosenWithVersion(List.of(new EngineSelector("test.physical", none))),
                "the user's preference wins over ranking, at its newest version");
        assertEquals("test.physical 1.0.0", chosenWithVersion(List.of(
                new EngineSelector("test.physical", Optional.of("[1.0.0,1.0.0]")),
                new EngineSelector("test.empirical", none))), "a study's pin wins over the preference");
        assertEquals("test.empirical", chosen(List.of(new EngineSelector("not.installed", none))),
                "an absent preference falls back to ranking");
    }

    private static String chosen(List<EngineSelector> selectors) {
        return registry.choose(EngineCategory.PHOTOPHYSICS, selectors).orElseThrow().descriptor().id();
    }

    private static String chosenWithVersion(List<EngineSelector> selectors) {
        var descriptor = registry.choose(EngineCategory.PHOTOPHYSICS, selectors).orElseThrow().descriptor();
        return descriptor.id() + " " + descriptor.version();
    }

    @Test
    void listenersHearEnginesComeAndGo() {
        int[] heard = { 0 };
        Runnable listener = () -> heard[0]++;
        registry.addListener(listener);
        try {
            register(engine("test.listened", "1.0.0"), 0);
            registrations.remove(0).unregister();
        } finally {
            registry.removeListener(listener);
        }
        assertEquals(2, heard[0]);
    }
}
