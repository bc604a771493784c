package org.heterostack.ui.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.heterostack.engine.EngineRegistryLookup;
import org.heterostack.engine.IAnalysisEngine;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Issue 14 as a user meets it in the workbench, each step chosen from the window's Help menu: Help > Install New
 * Software... (the p2 UI's wizard) adds the third-party example's local repository, installs its SLME engine feature after the licence and
 * p2's trust prompt for unsigned content, and "Apply Changes Now" makes the engine appear in the engine registry
 * and on Preferences > Heterostack > Engine Settings without a restart. Runs in a p2-installed copy of the product
 * (only a p2-managed installation can install more); screenshots install-N-*.png under target/screenshots. The
 * engine is the example's first build (qualifier v1); Help > Check for Updates then updates it to the second (v2)
 * and the product itself to a later Heterostack build, and Help > About Heterostack > Installation Details lists the
 * engine with the product's features and uninstalls it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstallEngineWorkbenchTest {

    private static final String DETAILS = "Heterostack Installation Details";
    private static final String ENGINES_PAGE = "org.heterostack.ui.preferences.engines";
    private static final String ENGINE_SETTINGS_PAGE = "org.heterostack.ui.preferences.engineSettings";
    private static final String PRODUCT_ID = "org.heterostack.product";
    private static final String DEVICE_FEATURE = "Heterostack Device-Efficiency Engines";
    private static final String DEVICE_BUNDLE = "org.heterostack.engine.device";
    private static final String DEVICE_ENGINE = "org.heterostack.engine.device.detailedbalance";
    private static final String ENGINE_FEATURE_ID = "org.example.slme.feature.feature.group";
    private static final String ENGINE_ID = "org.example.slme";
    private static final String CATEGORY = "Heterostack Engines by example.org";
    private static final String FEATURE = "SLME Engine for Heterostack";
    private static final Duration LIMIT = Duration.ofMinutes(3);

    private final DialogWatcher watcher = new DialogWatcher()
            .tolerate("Install", "Update", "Uninstall", "About Heterostack", DETAILS, "Available Updates",
                    "Add Repository", "Preferences", "Progress Information", "Installing Software", "Updating Software",
                    "Contacting Software Sites")
            .answer("Trust Artifacts", "trust-unsigned", shell -> {
                Ui.click(shell, "Select All");
                Ui.click(shell, "Trust Selected");
            })
            .answer("Software Updates", "apply-changes", shell -> Ui.click(shell, "Apply Changes Now"));

    @Test
    @Order(1)
    void installsAnEngineFromALocalRepositoryAndShowsItWithoutRestart() throws Exception {
        Path repository = repository("heterostack.engineRepository");
        assertTrue(engine(ENGINE_ID).isEmpty(), "the engine is installed before the test");

        Ui.menu("Help", "Install New Software...");
        Shell wizard = Ui.awaitShell("Install", LIMIT, watcher);
        Ui.screenshot(wizard, "install-new-software");

        Ui.click(wizard, "Add...");
        Shell add = Ui.awaitShell("Add Repository", LIMIT, watcher);
        Ui.sync(() -> {
            List<Text> fields = Ui.find(add, Text.class, t -> true);
            fields.get(0).setText("SLME example");
            fields.get(1).setText(repository.toUri().toString());
            return null;
        });
        Ui.screenshot(add, "add-repository");
        Ui.click(add, "Add");

        Ui.await("the feature under its category", LIMIT, watcher, () -> expandedCategory(wizard).isPresent());
        Ui.sync(() -> {
            check(expandedCategory(wizard).orElseThrow());
            return null;
        });
        Ui.screenshot(wizard, "feature-checked");

        next(wizard, "Install Details");
        Ui.screenshot(wizard, "install-details");
        next(wizard, "Review Licenses");
        Ui.click(wizard, "I accept the terms of the license agreement");
        Ui.await("Finish", LIMIT, watcher, () -> Ui.enabled(wizard, "Finish"));
        Ui.screenshot(wizard, "licence-accepted");
        Ui.click(wizard, "Finish");

        Ui.await("the engine " + ENGINE_ID + " in the registry", LIMIT, watcher, () -> engine(ENGINE_ID).isPresent());
        assertTrue(Ui.sync(() -> Ui.shell("Install").isEmpty()), "the wizard is still open");

        String engines = EnginePages.entries(ENGINE_SETTINGS_PAGE, ENGINE_ID, "engine-settings");
        assertTrue(engines.contains("SLME") && engines.contains("(" + ENGINE_ID + ")"), engines);
    }

    /**
     * Help > Check for Updates finds the engine's later build in a repository the user added as a software site,
     * and after Finish, the trust prompt and Apply Changes Now the running workbench has the new bundle and the
     * engine, without a restart.
     */
    @Test
    @Order(2)
    void updatesTheEngineThroughCheckForUpdates() throws Exception {
        Path update = repository("heterostack.engineUpdateRepository");
        assertEquals("v1", qualifier(ENGINE_ID), "the first build is installed");
        ProvisioningUI ui = ProvisioningUI.getDefaultUI();
        ui.getRepositoryTracker().addRepository(update.toUri(), "SLME update", ui.getSession());

        checkForUpdates("available-updates", FEATURE, "1.0.0.v2");
        Ui.await("the update's bundle started", LIMIT, watcher, () -> "v2".equals(qualifier(ENGINE_ID))
                && engine(ENGINE_ID).isPresent());
    }

    /**
     * Help > Check for Updates offers the product of a later Heterostack build from its repository, a software site
     * the user added ({@code ProductUpdateRepositoryTest} of the product tests builds it: the device engines' bundle
     * and feature and the product built again with a later qualifier); after Finish, the trust prompt and Apply
     * Changes Now the registry's device engines are those of the later bundle, without a restart.
     */
    @Test
    @Order(3)
    void updatesHeterostackThroughCheckForUpdates() throws Exception {
        Path later = repository("heterostack.productUpdateRepository");
        String laterQualifier = qualifierIn(later, DEVICE_BUNDLE);
        assertTrue(laterQualifier.compareTo(qualifier(DEVICE_BUNDLE)) > 0, "the repository at " + later
                + " is not of a later build than the installed one: the product tests make it after the product");
        ProvisioningUI ui = ProvisioningUI.getDefaultUI();
        ui.getRepositoryTracker().addRepository(later.toUri(), "Heterostack (later build)", ui.getSession());

        checkForUpdates("heterostack-available-updates", "Heterostack", "." + laterQualifier);
        Ui.await("the later device engines' bundle started", LIMIT, watcher,
                () -> laterQualifier.equals(qualifier(DEVICE_BUNDLE)) && engine(DEVICE_ENGINE)
                        .map(e -> FrameworkUtil.getBundle(e.getClass()).getVersion().getQualifier())
                        .filter(laterQualifier::equals).isPresent());
    }

    /**
     * Help > Check for Updates: waits for the wizard, checks that it offers {@code name} at a version ending in
     * {@code version}, goes through Update Details (and the licences, if any) and clicks Finish; the watcher answers
     * the trust prompt and Apply Changes Now. Photographs the offer (as {@code screenshot}) and the details.
     */
    private void checkForUpdates(String screenshot, String name, String version) {
        Ui.menu("Help", "Check for Updates");
        AtomicReference<Shell> found = new AtomicReference<>();
        Ui.await("the update wizard", LIMIT, watcher, () -> {
            found.set(Ui.shell("Update").or(() -> Ui.shell("Available Updates")).orElse(null));
            return found.get() != null;
        });
        Shell wizard = found.get();
        // the Available Updates table: name, installed version, available version, id
        Ui.await(name + " " + version + " among the updates", LIMIT, watcher, () -> Ui.find(wizard, Table.class,
                Table::isVisible).stream().flatMap(t -> Arrays.stream(t.getItems()))
                .anyMatch(i -> i.getText(0).equals(name) && i.getText(2).endsWith(version)));
        Ui.screenshot(wizard, screenshot);
        next(wizard, "Update Details");
        Ui.screenshot(wizard, "update-details");
        if (Ui.sync(() -> !Ui.find(wizard, Label.class, l -> l.isVisible() && l.getText().equals("Review Licenses"))
                .isEmpty()) || Ui.sync(() -> Ui.enabled(wizard, "Next >"))) {
            next(wizard, "Review Licenses");
            Ui.click(wizard, "I accept the terms of the license agreement");
        }
        Ui.await("Finish", LIMIT, watcher, () -> Ui.enabled(wizard, "Finish"));
        Ui.click(wizard, "Finish");
    }

    /**
     * Help > About Heterostack > Installation Details lists what is installed with its versions (the product with
     * its features, the engine's feature); Uninstall... there removes the engine's feature, and after Apply Changes
     * Now the engine is gone from the registry, Analysis Engines and Engine Settings, without a restart.
     */
    @Test
    @Order(4)
    void uninstallsTheEngineThroughInstallationDetails() throws Exception {
        assertTrue(engine(ENGINE_ID).isPresent(), "the engine is not installed");
        assertTrue(EnginePages.entries(ENGINES_PAGE, ENGINE_ID,
                "engines-before-uninstall").contains("(" + ENGINE_ID + ")"),
                "the engine is not on the Analysis Engines page");

        Ui.menu("Help", "About Heterostack");
        Shell about = Ui.awaitShell("About Heterostack", LIMIT, watcher);
        Ui.screenshot(about, "about");
        Ui.click(about, "Installation Details");
        Shell details = Ui.awaitShell(DETAILS, LIMIT, watcher);
        AtomicReference<Map<String, String>> versions = new AtomicReference<>();
        Ui.await("the product's features and the engine's in Installation Details", LIMIT, watcher, () -> {
            versions.set(InstalledSoftware.versions(details, PRODUCT_ID));
            return versions.get().containsKey(FEATURE) && versions.get().containsKey(DEVICE_FEATURE);
        });
        Ui.screenshot(details, "installation-details");
        assertTrue(versions.get().get(FEATURE).startsWith("1.0.0.v"), versions.get().toString());
        assertTrue(versions.get().get("Heterostack").startsWith("0.1.0."), versions.get().toString());
        // a feature's version is that of the bundle it brings, running (after an update, the later build's)
        assertTrue(versions.get().get(DEVICE_FEATURE).endsWith("." + qualifier(DEVICE_BUNDLE)), versions.get()
                + " against the running " + DEVICE_BUNDLE + " of qualifier " + qualifier(DEVICE_BUNDLE));

        Ui.sync(() -> {
            Ui.select(InstalledSoftware.row(details, ENGINE_FEATURE_ID).orElseThrow());
            return null;
        });
        Ui.await("Uninstall...", LIMIT, watcher, () -> Ui.enabled(details, "Uninstall..."));
        Ui.click(details, "Uninstall...");
        Shell wizard = Ui.awaitShell("Uninstall", LIMIT, watcher);
        Ui.await("Finish", LIMIT, watcher, () -> Ui.enabled(wizard, "Finish"));
        Ui.screenshot(wizard, "uninstall-details");
        Ui.click(wizard, "Finish");
        Ui.await("the engine gone from the registry", LIMIT, watcher, () -> engine(ENGINE_ID).isEmpty());

        // Help > Installation Details opens the dialog afresh, as a user does to check (closing what is left open)
        Ui.sync(() -> {
            Ui.shell(DETAILS).ifPresent(Shell::close);
            Ui.shell("About Heterostack").ifPresent(Shell::close);
            return null;
        });
        Ui.menu("Help", "Installation Details");
        Shell after = Ui.awaitShell(DETAILS, LIMIT, watcher);
        Ui.await("the product in Installation Details", LIMIT, watcher,
                () -> InstalledSoftware.row(after, PRODUCT_ID).isPresent());
        Ui.screenshot(after, "installation-details-after-uninstall");
        assertTrue(Ui.sync(() -> InstalledSoftware.row(after, ENGINE_FEATURE_ID).isEmpty()),
                "the engine's feature is still listed");
        Ui.sync(() -> {
            after.close();
            return null;
        });

        String engines = EnginePages.entries(ENGINES_PAGE, ENGINE_ID, "engines-after-uninstall");
        assertTrue(engines.contains("Every engine that applies") && !engines.contains(ENGINE_ID), engines);
        String settings = EnginePages.entries(ENGINE_SETTINGS_PAGE, ENGINE_ID,
                "engine-settings-after-uninstall");
        assertTrue(!settings.isEmpty() && !settings.contains(ENGINE_ID), settings);
    }

    /** @return the qualifier of the resolved bundle with this symbolic name, or null */
    private static String qualifier(String symbolicName) {
        BundleContext context = FrameworkUtil.getBundle(InstallEngineWorkbenchTest.class).getBundleContext();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName().equals(symbolicName) && (bundle.getState() & (Bundle.ACTIVE
                    | Bundle.STARTING | Bundle.RESOLVED)) != 0) {
                return bundle.getVersion().getQualifier();
            }
        }
        return null;
    }

    /** @return the qualifier of the bundle's jar in a p2 repository's plugins folder */
    private static String qualifierIn(Path repository, String symbolicName) throws IOException {
        try (Stream<Path> jars = Files.list(repository.resolve("plugins"))) {
            String jar = jars.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(symbolicName + "_"))
                    .findFirst().orElseThrow(() -> new AssertionError("no " + symbolicName + " in " + repository));
            return jar.substring(jar.lastIndexOf('.', jar.length() - ".jar".length() - 1) + 1,
                    jar.length() - ".jar".length());
        }
    }

    private static Path repository(String property) {
        Path repository = Path.of(System.getProperty(property, "missing"));
        assertTrue(Files.isDirectory(repository.resolve("plugins")), "no p2 repository at " + repository
                + ": the product tests make it (ThirdPartyEngineInstallTest, ProductUpdateRepositoryTest)");
        return repository;
    }

    private static Optional<IAnalysisEngine> engine(String id) {
        return EngineRegistryLookup.registry().engines().stream().filter(e -> e.descriptor().id().equals(id))
                .findFirst();
    }

    /** Clicks Next and waits for the page titled {@code title}. */
    private void next(Shell wizard, String title) {
        Ui.await("Next", LIMIT, watcher, () -> Ui.enabled(wizard, "Next >"));
        Ui.click(wizard, "Next >");
        Ui.await("the page '" + title + "'", LIMIT, watcher,
                () -> !Ui.find(wizard, Label.class, l -> l.isVisible() && title.equals(l.getText())).isEmpty());
    }

    /**
     * @return the feature's item once its category is expanded in the wizard's tree (UI thread)
     */
    private static Optional<TreeItem> expandedCategory(Shell wizard) {
        for (Tree tree : Ui.find(wizard, Tree.class, t -> t.isVisible())) {
            for (TreeItem category : tree.getItems()) {
                if (category.getText().startsWith(CATEGORY)) {
                    Ui.expand(category);
                    return Arrays.stream(category.getItems()).filter(i -> i.getText().startsWith(FEATURE)).findFirst();
                }
            }
        }
        return Optional.empty();
    }

    /** Ticks a check-box tree item as a user's click does (UI thread). */
    private static void check(TreeItem item) {
        item.setChecked(true);
        Event check = new Event();
        check.item = item;
        check.detail = SWT.CHECK;
        item.getParent().notifyListeners(SWT.Selection, check);
    }
}
