package org.heterostack.ui.install.tests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Watches the dialogs that open while a test drives the workbench: a dialog the test expects is photographed and
 * answered once; one the test opens itself, or a progress dialog, is left alone; any other is photographed, its
 * text read, closed, and the test fails with that text (an error dialog says more than a time-out).
 */
final class DialogWatcher {

    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private final Set<String> tolerated = new HashSet<>();
    private final Set<Shell> seen = new HashSet<>();

    private record Answer(String screenshot, Consumer<Shell> action) {
    }

    /**
     * @param title      a dialog's title
     * @param screenshot the name of its screenshot
     * @param action     what to do with it (on the test thread; use {@link Ui#click})
     */
    DialogWatcher answer(String title, String screenshot, Consumer<Shell> action) {
        answers.put(title, new Answer(screenshot, action));
        return this;
    }

    /** Leaves dialogs with these titles alone (the test's own, progress). */
    DialogWatcher tolerate(String... titles) {
        tolerated.addAll(Arrays.asList(titles));
        return this;
    }

    /** Answers the expected dialogs that are open; fails on any other. Call from the test thread. */
    void check() {
        for (Shell shell : Ui.sync(this::dialogs)) {
            String title = Ui.sync(shell::getText);
            Answer answer = answers.get(title);
            if (answer != null) {
                if (seen.add(shell)) {
                    Ui.screenshot(shell, answer.screenshot());
                    answer.action().accept(shell);
                }
            } else if (!tolerated.contains(title) && seen.add(shell)) {
                Ui.screenshot(shell, "unexpected");
                String text = Ui.sync(() -> texts(shell));
                Ui.async(shell::close);
                throw new AssertionError("unexpected dialog '" + title + "': " + text);
            }
        }
    }

    /** @return the titles of the open dialogs, for failure messages */
    String openShells() {
        return Ui.sync(() -> dialogs().stream().map(Shell::getText).collect(Collectors.joining("', '", "['", "']")));
    }

    /** @return the visible dialogs with a title bar, other than workbench windows (UI thread) */
    private List<Shell> dialogs() {
        Set<Shell> windows = new HashSet<>();
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            windows.add(window.getShell());
        }
        List<Shell> dialogs = new ArrayList<>();
        for (Shell shell : Ui.display().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && (shell.getStyle() & SWT.TITLE) != 0
                    && !windows.contains(shell)) {
                dialogs.add(shell);
            }
        }
        return dialogs;
    }

    private static String texts(Shell shell) {
        List<String> texts = new ArrayList<>();
        Ui.find(shell, Label.class, l -> !l.getText().isBlank()).forEach(l -> texts.add(l.getText()));
        Ui.find(shell, Text.class, t -> !t.getText().isBlank()).forEach(t -> texts.add(t.getText()));
        return String.join(" | ", texts);
    }
}
