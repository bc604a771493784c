package org.heterostack.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The commands run on their own configuration area (./heterostack): the installation's bundles without the
 * workbench's, kept in the user's cache and made again when the installation changes.
 */
class CommandConfigurationTest {

    private static final String BUNDLES_INFO = "org.eclipse.equinox.simpleconfigurator/bundles.info";

    @Test
    void commandsRunWithoutTheWorkbenchBundlesAndEveryBundleResolves() throws Exception {
        Path cache = Files.createDirectories(ScriptRun.WORK.resolve("cache-" + System.nanoTime()));
        ScriptRun run = ScriptRun.heterostack(environment(cache, ScriptRun.PRODUCT), "engines");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("org.heterostack.engine.device.driftdiffusion"), run.toString());

        Path area = onlyArea(cache);
        List<String> bundles = symbolicNames(area.resolve(BUNDLES_INFO));
        List<String> installed = symbolicNames(ScriptRun.PRODUCT.resolve("configuration").resolve(BUNDLES_INFO));
        assertTrue(bundles.size() < installed.size() / 2, "the commands start " + bundles.size() + " of "
                + installed.size() + " bundles: " + bundles);
        for (String name : bundles) {
            assertFalse(name.matches("org\\.eclipse\\.(swt|jface|ui|e4|equinox\\.p2)(\\..*)?|org\\.heterostack\\.ui.*"),
                    name + " is a workbench bundle");
        }
        for (String name : installed) {
            if (name.startsWith("org.heterostack.engine") || name.equals("org.heterostack.cli")) {
                assertTrue(bundles.contains(name), name + " is missing from the commands' bundles");
            }
        }
        // a bundle that did not resolve (it needs one that was left out) is logged in the area as an error
        try (Stream<Path> logs = Files.list(area).filter(file -> file.toString().endsWith(".log"))) {
            for (Path log : logs.toList()) {
                assertFalse(Files.readString(log).contains("!ENTRY"), Files.readString(log));
            }
        }

        ScriptRun again = ScriptRun.heterostack(environment(cache, ScriptRun.PRODUCT), "engines");
        assertEquals(run.out(), again.out());
        assertEquals(area, onlyArea(cache), "the area is reused while the installation is the same");
    }

    /** A p2 install or uninstall rewrites bundles.info: the next command must see the bundles it lists. */
    @Test
    void aChangedInstallationGetsANewArea() throws Exception {
        Path product = Files.createDirectories(ScriptRun.WORK.resolve("product-" + System.nanoTime()));
        for (String shared : List.of("plugins", "features", "p2")) {
            Files.createSymbolicLink(product.resolve(shared), ScriptRun.PRODUCT.resolve(shared));
        }
        Path configuration = ScriptRun.PRODUCT.resolve("configuration");
        Files.createDirectories(product.resolve("configuration").resolve(BUNDLES_INFO).getParent());
        Files.copy(configuration.resolve("config.ini"), product.resolve("configuration/config.ini"));
        Files.copy(configuration.resolve(BUNDLES_INFO), product.resolve("configuration").resolve(BUNDLES_INFO));
        Path cache = Files.createDirectories(ScriptRun.WORK.resolve("cache-" + System.nanoTime()));

        ScriptRun before = ScriptRun.heterostack(environment(cache, product), "engines");
        assertEquals(0, before.exitCode(), before.toString());
        assertTrue(before.out().contains("org.heterostack.engine.stability.ageing"), before.toString());
        Path first = onlyArea(cache);

        Path info = product.resolve("configuration").resolve(BUNDLES_INFO);
        Files.write(info, Files.readAllLines(info).stream()
                .filter(line -> !line.startsWith("org.heterostack.engine.stability,")).toList());
        ScriptRun after = ScriptRun.heterostack(environment(cache, product), "engines");
        assertEquals(0, after.exitCode(), after.toString());
        assertFalse(after.out().contains("org.heterostack.engine.stability.ageing"), after.toString());
        assertTrue(after.out().contains("org.heterostack.engine.structure.tolerance"), after.toString());
        assertFalse(first.equals(onlyArea(cache)), "a new area was made");
    }

    private static Map<String, String> environment(Path cache, Path product) {
        Map<String, String> env = new HashMap<>();
        env.put("XDG_CACHE_HOME", cache.toString());
        env.put("HETEROSTACK_PRODUCT", product.toString());
        env.put("DISPLAY", null);
        return env;
    }

    /** @return the one commands' configuration area in the cache (earlier ones are removed) */
    private static Path onlyArea(Path cache) throws IOException {
        try (Stream<Path> areas = Files.list(cache.resolve("heterostack"))) {
            List<Path> list = areas.filter(area -> area.getFileName().toString().startsWith("cli-")).toList();
            assertEquals(1, list.size(), list.toString());
            return list.get(0);
        }
    }

    private static List<String> symbolicNames(Path bundlesInfo) throws IOException {
        return Files.readAllLines(bundlesInfo).stream().filter(line -> !line.startsWith("#"))
                .map(line -> line.substring(0, line.indexOf(','))).toList();
    }
}
