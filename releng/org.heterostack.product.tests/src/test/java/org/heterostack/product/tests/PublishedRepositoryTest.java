package org.heterostack.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The p2 repository the build publishes ({@code releng/org.heterostack.product/target/repository}): what users
 * install and update from, and what third parties build engines against.
 */
class PublishedRepositoryTest {

    static final Path REPOSITORY = ScriptRun.REPOSITORY.resolve("releng/org.heterostack.product/target/repository");

    private static P2Metadata metadata;

    @BeforeAll
    static void read() throws Exception {
        metadata = P2Metadata.read(REPOSITORY);
    }

    /** Install New Software shows four categories, each with its features. */
    @Test
    void featuresAreCategorised() {
        Map<String, List<String>> categories = new TreeMap<>();
        for (P2Metadata.Unit unit : metadata.units()) {
            if (unit.isCategory()) {
                categories.put(unit.properties().get("org.eclipse.equinox.p2.name"), unit.requiredUnits());
            }
        }
        assertEquals(List.of("Heterostack Core", "Heterostack Engines", "Heterostack SDK", "Heterostack Workbench"),
                List.copyOf(categories.keySet()));
        assertEquals(List.of("org.heterostack.core.feature.feature.group",
                "org.heterostack.platform.feature.feature.group"), sorted(categories.get("Heterostack Core")));
        assertEquals(List.of("org.heterostack.engine.device.feature.feature.group",
                "org.heterostack.engine.photophysics.feature.feature.group",
                "org.heterostack.engine.stability.feature.feature.group",
                "org.heterostack.engine.structure.feature.feature.group"),
                sorted(categories.get("Heterostack Engines")));
        assertEquals(List.of("org.heterostack.workbench.feature.feature.group"),
                categories.get("Heterostack Workbench"));
        assertEquals(List.of("org.heterostack.sdk.feature.feature.group"), categories.get("Heterostack SDK"));
    }

    /** The SDK is the model and the engine API with their source, nothing else of ours. */
    @Test
    void sdkIsTheModelAndTheEngineApiWithSource() {
        P2Metadata.Unit sdk = metadata.unit("org.heterostack.sdk.feature.feature.group");
        assertNotNull(sdk, "no SDK feature in " + REPOSITORY);
        List<String> ours = sdk.requiredUnits().stream().filter(id -> id.startsWith("org.heterostack."))
                .filter(id -> !id.endsWith(".feature.jar")).sorted().toList();
        assertEquals(List.of("org.heterostack.engine", "org.heterostack.engine.source", "org.heterostack.model",
                "org.heterostack.model.source"), ours);
        for (String id : ours) {
            assertNotNull(metadata.unit(id), id + " is required by the SDK but not in the repository");
        }
    }

    /** Engines keep their numerics to themselves: only the model and the engine API are API for engines. */
    @Test
    void enginesExportNoPackages() {
        List<String> engines = new ArrayList<>();
        for (P2Metadata.Unit unit : bundles()) {
            if (unit.id().startsWith("org.heterostack.engine.") && !unit.id().endsWith(".source")) {
                engines.add(unit.id());
                assertEquals(List.of(), unit.provided("java.package"), unit.id() + " exports packages");
            }
        }
        assertEquals(List.of("org.heterostack.engine.device", "org.heterostack.engine.photophysics",
                "org.heterostack.engine.stability", "org.heterostack.engine.structure"), sorted(engines));
    }

    /**
     * Every exported API package of ours has a version, and its bundle's version moves with it: a bundle is at
     * least at the major.minor of each package it exports (internal packages are not API and are left out).
     */
    @Test
    void apiPackagesAreVersionedAndTheirBundlesMoveWithThem() {
        int checked = 0;
        for (P2Metadata.Unit unit : bundles()) {
            if (!unit.id().startsWith("org.heterostack.")) {
                continue;
            }
            for (P2Metadata.Capability p : unit.provided("java.package")) {
                if (p.name().contains(".internal") || p.name().endsWith(".impl")) {
                    continue;
                }
                checked++;
                assertFalse(p.versionOrRange().equals("0.0.0"), unit.id() + " exports " + p.name() + " unversioned");
                assertTrue(compareMajorMinor(unit.version(), p.versionOrRange()) >= 0, unit.id() + " "
                        + unit.version() + " exports " + p.name() + " " + p.versionOrRange()
                        + ": raise the bundle's version to at least the package's");
            }
        }
        assertTrue(checked >= 8, "only " + checked + " API packages found");
        assertEquals("0.6", majorMinor(metadata.unit("org.heterostack.engine").version()));
    }

    private static List<P2Metadata.Unit> bundles() {
        return metadata.units().stream().filter(u -> !u.provided("osgi.bundle").isEmpty()).toList();
    }

    private static int compareMajorMinor(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        int major = Integer.compare(Integer.parseInt(x[0]), Integer.parseInt(y[0]));
        return major != 0 ? major : Integer.compare(Integer.parseInt(x[1]), Integer.parseInt(y[1]));
    }

    private static String majorMinor(String version) {
        String[] parts = version.split("\\.");
        return parts[0] + "." + parts[1];
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }
}
