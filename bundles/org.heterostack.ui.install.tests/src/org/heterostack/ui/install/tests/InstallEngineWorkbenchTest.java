package org.heterostack.ui.install.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.handlers.IHandlerService;
import org.heterostack.engine.EngineRegistryLookup;
import org.heterostack.engine.IAnalysisEngine;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 as a user meets it in the workbench: Help > Install New Software... (the p2 UI's own command and
 * wizard) adds the third-party example's local repository, installs its SLME engine feature after the licence and
 * p2's trust prompt for unsigned content, and "Apply Changes Now" makes the engine appear in the engine registry
 * and on Preferences > Heterostack > Engine Settings without a restart. Runs in a p2-installed copy of the product
 * (only a p2-managed installation can install more); screenshots install-N-*.png under target/screenshots.
 */
class InstallEngineWorkbenchTest {

    private static final String INSTALL_COMMAND = "org.eclipse.equinox.p2.ui.sdk.install";
    private static final String ENGINE_SETTINGS_PAGE = "org.heterostack.ui.preferences.engineSettings";
    private static final String ENGINE_ID = "org.example.slme";
    private static final String CATEGORY = "Heterostack Engines by example.org";
    private static final String FEATURE = "SLME Engine for Heterostack";
    private static final Duration LIMIT = Duration.ofMinutes(3);

    private final DialogWatcher watcher = new DialogWatcher()
            .tolerate("Install", "Add Repository", "Preferences", "Progress Information", "Installing Software",
                    "Contacting Software Sites")
            .answer("Trust Artifacts", "trust-unsigned", shell -> {
                Ui.click(shell, "Select All");
                Ui.click(shell, "Trust Selected");
            })
            .answer("Software Updates", "apply-changes", shell -> Ui.click(shell, "Apply Changes Now"));

    @Test
    void installsAnEngineFromALocalRepositoryAndShowsItWithoutRestart() throws Exception {
        Path repository = Path.of(System.getProperty("heterostack.engineRepository", "missing"));
        assertTrue(Files.isDirectory(repository.resolve("plugins")), "no engine repository at " + repository
                + ": build examples/thirdparty-engine first (ThirdPartyEngineInstallTest does)");
        assertTrue(engine().isEmpty(), "the engine is installed before the test");

        Ui.async(() -> {
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(INSTALL_COMMAND, null);
            } catch (CommandException e) {
                throw new IllegalStateException(e);
            }
        });
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

        Ui.await("the engine " + ENGINE_ID + " in the registry", LIMIT, watcher, () -> engine().isPresent());
        assertTrue(Ui.sync(() -> Ui.shell("Install").isEmpty()), "the wizard is still open");

        PreferenceDialog preferences = Ui.sync(() -> {
            PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
                    PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), ENGINE_SETTINGS_PAGE, null, null);
            dialog.setBlockOnOpen(false);
            dialog.open();
            return dialog;
        });
        try {
            String engines = Ui.sync(() -> showEngine(preferences.getShell()));
            Ui.screenshot(preferences.getShell(), "engine-settings");
            assertTrue(engines.contains("SLME") && engines.contains("(" + ENGINE_ID + ")"), engines);
        } finally {
            Ui.sync(preferences::close);
        }
    }

    private static Optional<IAnalysisEngine> engine() {
        return EngineRegistryLookup.registry().engines().stream().filter(e -> e.descriptor().id().equals(ENGINE_ID))
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
     * @return the feature's item once its category is expanded in the wizard's tree (expanding it as a user's click
     *         on the arrow does: JFace creates the children on the expand event) (UI thread)
     */
    private static Optional<TreeItem> expandedCategory(Shell wizard) {
        for (Tree tree : Ui.find(wizard, Tree.class, t -> t.isVisible())) {
            for (TreeItem category : tree.getItems()) {
                if (category.getText().startsWith(CATEGORY)) {
                    if (!category.getExpanded()) {
                        Event expand = new Event();
                        expand.item = category;
                        tree.notifyListeners(SWT.Expand, expand);
                        category.setExpanded(true);
                    }
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

    /**
     * Shows the engine on the Engine Settings page (as choosing it in the Engine combo does) and returns the
     * combo's entries (UI thread).
     */
    private static String showEngine(Shell preferences) {
        Combo combo = Ui.find(preferences, Combo.class, c -> c.isVisible()).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no engine combo"));
        String[] items = combo.getItems();
        for (int i = 0; i < items.length; i++) {
            if (items[i].contains("(" + ENGINE_ID + ")")) {
                combo.select(i);
                combo.notifyListeners(SWT.Selection, new Event());
            }
        }
        return String.join("\n", items);
    }
}
