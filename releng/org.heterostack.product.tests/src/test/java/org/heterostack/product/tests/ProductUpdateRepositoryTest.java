package org.heterostack.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The repository of a later Heterostack build, which Help > Check for Updates offers a user (issue 14): the
 * device-efficiency engines' bundle and feature and the product built again, offline, from this checkout's sources
 * with a qualifier one minute later than this build's, on top of the repository this build published (the reactor
 * {@code update-build/}, copied with those sources into the work folder). The workbench's {@code
 * InstallEngineWorkbenchTest} (bundles/org.heterostack.ui.install.tests) updates a p2-installed product from it.
 */
class ProductUpdateRepositoryTest {

    private static final Path FIXTURE = ScriptRun.REPOSITORY.resolve("releng/org.heterostack.product.tests/update-build");
    private static final Path BUILD = ScriptRun.WORK.resolve("update-build");
    private static final Path LATER = BUILD.resolve("org.heterostack.product/target/repository");
    private static final Path PUBLISHED = ScriptRun.REPOSITORY.resolve("releng/org.heterostack.product/target/repository");
    private static final String PRODUCT = "org.heterostack.product";
    private static final String REBUILT = "org.heterostack.engine.device.feature.feature.group";
    private static final String REBUILT_BUNDLE = "org.heterostack.engine.device";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

    private static String publishedVersion;
    private static String laterQualifier;

    @BeforeAll
    static void buildTheLaterRepository() throws Exception {
        publishedVersion = P2Metadata.read(PUBLISHED).unit(PRODUCT).version();
        laterQualifier = oneMinuteLater(publishedVersion.substring(publishedVersion.lastIndexOf('.') + 1));
        Reactor.deleteRecursively(BUILD);
        Reactor.copySources(FIXTURE, BUILD, Set.of());
        Reactor.copySources(ScriptRun.REPOSITORY.resolve("bundles/org.heterostack.engine.device"),
                BUILD.resolve("org.heterostack.engine.device"), Set.of("pom.xml"));
        Reactor.copySources(ScriptRun.REPOSITORY.resolve("features/org.heterostack.engine.device.feature"),
                BUILD.resolve("org.heterostack.engine.device.feature"), Set.of("pom.xml"));
        Files.copy(ScriptRun.REPOSITORY.resolve("releng/org.heterostack.product/heterostack.product"),
                BUILD.resolve("org.heterostack.product/heterostack.product"));
        Reactor.verify(BUILD, ScriptRun.WORK.resolve("update-build.log"), "heterostack.repo=" + PUBLISHED.toUri(),
                "forceContextQualifier=" + laterQualifier, "tycho.localArtifacts=ignore");
    }

    /** A build's qualifier is the minute it started, yyyyMMddHHmm. */
    private static String oneMinuteLater(String qualifier) {
        try {
            return LocalDateTime.parse(qualifier, TIMESTAMP).plusMinutes(1).format(TIMESTAMP);
        } catch (DateTimeParseException e) {
            throw new AssertionError("this build's qualifier " + qualifier + " is not a time (yyyyMMddHHmm): build"
                    + " without -DforceContextQualifier", e);
        }
    }

    @Test
    void theLaterProductRequiresTheRebuiltFeatureAndThePublishedOthers() throws Exception {
        P2Metadata published = P2Metadata.read(PUBLISHED);
        P2Metadata later = P2Metadata.read(LATER);
        P2Metadata.Unit product = later.unit(PRODUCT);
        assertNotNull(product, "no product in " + LATER);
        assertEquals(withQualifier(publishedVersion, laterQualifier), product.version());

        Map<String, String> features = features(product);
        assertEquals(features(published.unit(PRODUCT)).keySet(), features.keySet());
        features.forEach((feature, range) -> {
            String version = published.unit(feature).version();
            String expected = feature.equals(REBUILT) ? withQualifier(version, laterQualifier) : version;
            assertEquals("[" + expected + "," + expected + "]", range, feature);
        });
        String bundle = withQualifier(published.unit(REBUILT_BUNDLE).version(), laterQualifier);
        assertEquals(bundle, later.unit(REBUILT_BUNDLE).version());
        assertTrue(Files.isRegularFile(LATER.resolve("plugins/" + REBUILT_BUNDLE + "_" + bundle + ".jar")),
                "no rebuilt bundle in " + LATER);
    }

    /** @return the version range of each Heterostack feature the product requires, by feature unit id */
    private static Map<String, String> features(P2Metadata.Unit product) {
        Map<String, String> features = new TreeMap<>();
        product.required().stream().filter(c -> c.name().startsWith("org.heterostack.")
                && c.name().endsWith(".feature.group")).forEach(c -> features.put(c.name(), c.versionOrRange()));
        return features;
    }

    private static String withQualifier(String version, String qualifier) {
        return version.substring(0, version.lastIndexOf('.') + 1) + qualifier;
    }
}
