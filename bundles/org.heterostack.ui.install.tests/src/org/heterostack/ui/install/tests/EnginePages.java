package org.heterostack.ui.install.tests;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.PreferencesUtil;

/**
 * Preferences > Heterostack > Analysis Engines and Engine Settings as a user looks for an engine there: the page
 * opened, the engine chosen in the combo that lists it (not applied), photographed, closed.
 */
final class EnginePages {

    private EnginePages() {
    }

    /**
     * Opens a preference page, shows the engine in the combo that lists it (as choosing it there does, without
     * applying it), photographs the page and closes it (Cancel).
     *
     * @param page       the preference page's id
     * @param engineId   the engine to show
     * @param screenshot the screenshot's name
     * @return the entries of the page's combos, one a line
     */
    static String entries(String page, String engineId, String screenshot) {
        PreferenceDialog preferences = Ui.sync(() -> {
            PreferenceDialog dialog = PreferencesUtil.createPreferenceDialogOn(
                    PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), page, null, null);
            dialog.setBlockOnOpen(false);
            dialog.open();
            return dialog;
        });
        try {
            String entries = Ui.sync(() -> Ui.find(preferences.getShell(), Combo.class, Combo::isVisible).stream()
                    .map(combo -> show(combo, engineId)).collect(Collectors.joining("\n")));
            Ui.screenshot(preferences.getShell(), screenshot);
            return entries;
        } finally {
            Ui.sync(preferences::close);
        }
    }

    /** Chooses the engine in a combo if it lists it and returns the combo's entries, one a line (UI thread). */
    private static String show(Combo combo, String engineId) {
        String[] items = combo.getItems();
        for (int i = 0; i < items.length; i++) {
            if (items[i].contains("(" + engineId + ")")) {
                combo.select(i);
                combo.notifyListeners(SWT.Selection, new Event());
            }
        }
        return String.join("\n", Arrays.asList(items));
    }
}
