package org.heterostack.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue 14, as an engine author and a user meet it: the example third-party reactor ({@code
 * examples/thirdparty-engine}) builds offline against the repository this build just published; its feature is
 * installed headless into a copy of the materialised product with {@code ./heterostack install}; the engine is
 * listed and computes the SLME of the example film; {@code ./heterostack uninstall} removes it again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThirdPartyEngineInstallTest {

    private static final Path REACTOR = ScriptRun.REPOSITORY.resolve("examples/thirdparty-engine");
    private static final Path ENGINE_REPOSITORY = REACTOR.resolve("releng/org.example.slme.repository/target/repository");
    private static final Path HETEROSTACK_REPOSITORY = ScriptRun.REPOSITORY
            .resolve("releng/org.heterostack.product/target/repository");
    private static final String FEATURE = "org.example.slme.feature";
    private static final Path PRODUCT_COPY = ScriptRun.WORK.resolve("installed-product");

    /** A copy of the first build's repository (the reactor's second build replaces its target folder's content). */
    private static final Path FIRST_ENGINE_REPOSITORY = ScriptRun.WORK.resolve("engine-repository-v1");

    private static Map<String, String> env;

    /** Builds the example reactor offline with a fixed qualifier, into its repository. */
    private static void buildReactor(String qualifier) throws Exception {
        Reactor.verify(REACTOR, ScriptRun.WORK.resolve("reactor-" + qualifier + ".log"),
                "heterostack.repo=" + HETEROSTACK_REPOSITORY.toUri(), "forceContextQualifier=" + qualifier);
        assertTrue(Files.isDirectory(ENGINE_REPOSITORY.resolve("plugins")), "no engine repository");
    }

    @BeforeAll
    static void buildTheReactorAndCopyTheProduct() throws Exception {
        // built twice: the first repository is kept for the workbench's update test (bundles/
        // org.heterostack.ui.install.tests installs from it, then updates from the second, a later qualifier)
        buildReactor("v1");
        Reactor.deleteRecursively(FIRST_ENGINE_REPOSITORY);
        assertEquals(0, Reactor.run(List.of("cp", "-a", ENGINE_REPOSITORY.toString(),
                FIRST_ENGINE_REPOSITORY.toString()), ScriptRun.WORK, ScriptRun.WORK.resolve("copy.log")));
        buildReactor("v2");
        Reactor.deleteRecursively(PRODUCT_COPY);
        assertEquals(0, Reactor.run(List.of("cp", "-a", ScriptRun.PRODUCT.toString(), PRODUCT_COPY.toString()),
                ScriptRun.WORK, ScriptRun.WORK.resolve("copy.log")));
        env = Map.of("HETEROSTACK_PRODUCT", PRODUCT_COPY.toString(), "DISPLAY", "");
    }

    @Test
    @Order(1)
    void installsFromTheEngineRepositoryAndTheEngineWorks() throws Exception {
        ScriptRun install = ScriptRun.heterostack(env, "install", ENGINE_REPOSITORY.toUri().toString(), FEATURE);
        assertEquals(0, install.exitCode(), install.toString());
        assertTrue(install.out().contains("installed " + FEATURE + " "), install.toString());

        ScriptRun installed = ScriptRun.heterostack(env, "installed", "--json");
        assertEquals(0, installed.exitCode(), installed.toString());
        assertTrue(installed.out().contains("{\"id\":\"" + FEATURE + "\",\"version\":\"1.0.0."), installed.toString());

        ScriptRun engines = ScriptRun.heterostack(env, "engines", "--json");
        assertTrue(engines.out().contains("\"id\":\"org.example.slme\""), engines.toString());

        ScriptRun analyze = ScriptRun.heterostack(env, "analyze",
                REACTOR.resolve("examples/mapbi3-slme.hstack").toString(), "--engine", "org.example.slme", "--json");
        assertEquals(0, analyze.exitCode(), analyze.toString());
        double slme = percent(analyze.out(), "slme");
        double limit = percent(analyze.out(), "sq_limit");
        // a 500 nm film of a direct-gap absorber with alpha above 1e4 /cm takes nearly all above-gap light, so its
        // SLME lies just under the Shockley-Queisser limit at its gap (Yu and Zunger, PRL 108, 068701 (2012), Fig. 2)
        assertTrue(slme < limit && slme > 0.9 * limit, "SLME " + slme + " % against the limit " + limit + " %");
    }

    private static double percent(String json, String key) {
        Matcher value = Pattern.compile("\"" + key + "\":\\{\"value\":([0-9.eE+-]+),\"unit\":\"%\"").matcher(json);
        assertTrue(value.find(), "no " + key + " in " + json);
        return Double.parseDouble(value.group(1));
    }

    @Test
    @Order(2)
    void refusesWhatCannotBeInstalledInOneLine() throws Exception {
        ScriptRun unreachable = ScriptRun.heterostack(env, "install", "file:/nonexistent/repository", FEATURE);
        assertEquals(2, unreachable.exitCode(), unreachable.toString());
        assertEquals(List.of("heterostack: cannot read a p2 repository at file:/nonexistent/repository"),
                unreachable.errLines());

        ScriptRun unknown = ScriptRun.heterostack(env, "install", ENGINE_REPOSITORY.toUri().toString(),
                "org.example.nothing");
        assertEquals(2, unknown.exitCode(), unknown.toString());
        assertEquals(List.of("heterostack: " + ENGINE_REPOSITORY.toUri() + " has no feature org.example.nothing"),
                unknown.errLines());

        ScriptRun usage = ScriptRun.heterostack(env, "install", ENGINE_REPOSITORY.toUri().toString());
        assertEquals(2, usage.exitCode(), usage.toString());
    }

    @Test
    @Order(3)
    void uninstallRemovesTheEngine() throws Exception {
        ScriptRun uninstall = ScriptRun.heterostack(env, "uninstall", FEATURE);
        assertEquals(0, uninstall.exitCode(), uninstall.toString());
        ScriptRun engines = ScriptRun.heterostack(env, "engines", "--json");
        assertEquals(0, engines.exitCode(), engines.toString());
        assertFalse(engines.out().contains("org.example.slme"), engines.toString());
        ScriptRun installed = ScriptRun.heterostack(env, "installed");
        assertFalse(installed.out().contains(FEATURE), installed.toString());

        ScriptRun again = ScriptRun.heterostack(env, "uninstall", FEATURE);
        assertEquals(2, again.exitCode(), again.toString());
        assertEquals(List.of("heterostack: " + FEATURE + " is not installed"), again.errLines());
    }
}
