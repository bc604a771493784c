package org.heterostack.ui.install.tests;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;

/**
 * Drives the workbench from the test thread as a user would: widgets found by their label, clicked through their
 * listeners, waited for with a limit, photographed under {@code target/screenshots}. Everything that touches a
 * widget runs on the UI thread; a click is posted, so a modal dialog it opens does not block the test.
 */
final class Ui {

    private static int shots;

    private Ui() {
    }

    static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }

    /** @return what {@code supplier} gives on the UI thread */
    static <T> T sync(Supplier<T> supplier) {
        AtomicReference<T> result = new AtomicReference<>();
        display().syncExec(() -> result.set(supplier.get()));
        return result.get();
    }

    /** Posts {@code runnable} to the UI thread and returns at once. */
    static void async(Runnable runnable) {
        display().asyncExec(runnable);
    }

    /**
     * Waits until {@code done} holds on the UI thread, letting the watcher answer or refuse the dialogs that
     * appear meanwhile.
     *
     * @throws AssertionError naming {@code what} if it does not hold within {@code limit}
     */
    static void await(String what, Duration limit, DialogWatcher watcher, BooleanSupplier done) {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            watcher.check();
            if (sync(done::getAsBoolean)) {
                return;
            }
            sleep(250);
        }
        watcher.check();
        throw new AssertionError("waited " + limit.toSeconds() + " s for " + what + "; open: " + watcher.openShells());
    }

    /** @return the visible shell whose title is {@code title}, once there is one */
    static Shell awaitShell(String title, Duration limit, DialogWatcher watcher) {
        AtomicReference<Shell> shell = new AtomicReference<>();
        await("a window titled '" + title + "'", limit, watcher, () -> {
            shell.set(shell(title).orElse(null));
            return shell.get() != null;
        });
        return shell.get();
    }

    /** @return the visible shell titled {@code title} (UI thread) */
    static Optional<Shell> shell(String title) {
        for (Shell shell : display().getShells()) {
            if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
                return Optional.of(shell);
            }
        }
        return Optional.empty();
    }

    /** @return the controls of a type under {@code parent}, depth first, that match (UI thread) */
    static <T extends Control> List<T> find(Composite parent, Class<T> type, Predicate<T> matching) {
        List<T> found = new ArrayList<>();
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child) && matching.test(type.cast(child))) {
                found.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                found.addAll(find(composite, type, matching));
            }
        }
        return found;
    }

    /** @return the visible button labelled {@code label} (mnemonic ampersands ignored) (UI thread) */
    static Button button(Composite parent, String label) {
        return find(parent, Button.class, b -> b.isVisible() && label.equals(b.getText().replace("&", ""))).stream()
                .findFirst().orElseThrow(() -> new AssertionError("no button '" + label + "' in " + parent));
    }

    /** Whether the button labelled {@code label} is there and enabled (UI thread). */
    static boolean enabled(Composite parent, String label) {
        return find(parent, Button.class, b -> b.isVisible() && b.isEnabled()
                && label.equals(b.getText().replace("&", ""))).size() > 0;
    }

    /** Clicks the button labelled {@code label} as a user does (posted; a radio button or check box is set first). */
    static void click(Composite parent, String label) {
        Button button = sync(() -> button(parent, label));
        async(() -> {
            if (!button.isDisposed()) {
                if ((button.getStyle() & SWT.RADIO) != 0) {
                    // a click moves the selection within the radio group; setSelection alone does not
                    find(button.getParent(), Button.class, b -> (b.getStyle() & SWT.RADIO) != 0)
                            .forEach(b -> b.setSelection(false));
                }
                if ((button.getStyle() & (SWT.RADIO | SWT.CHECK)) != 0) {
                    button.setSelection(true);
                }
                button.notifyListeners(SWT.Selection, new Event());
            }
        });
    }

    /**
     * Chooses an item of the workbench window's menu bar as a user does, e.g. {@code menu("Help", "Installation
     * Details")}: each menu is shown first (JFace fills a menu when it is shown), the item's click is posted.
     *
     * @throws AssertionError naming the labels there are if a label is not in its menu
     */
    static void menu(String... path) {
        MenuItem item = sync(() -> {
            Menu menu = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell().getMenuBar();
            MenuItem found = null;
            for (String label : path) {
                if (found != null) {
                    menu = found.getMenu();
                }
                menu.notifyListeners(SWT.Show, new Event());
                found = Arrays.stream(menu.getItems()).filter(i -> label.equals(plain(i.getText()))).findFirst()
                        .orElse(null);
                if (found == null) {
                    throw new AssertionError("no menu item '" + label + "' among " + Arrays.stream(menu.getItems())
                            .map(i -> plain(i.getText())).toList());
                }
            }
            return found;
        });
        async(() -> item.notifyListeners(SWT.Selection, new Event()));
    }

    /** @return a menu item's label without its mnemonic ampersand and accelerator */
    private static String plain(String text) {
        int tab = text.indexOf('\t');
        return (tab < 0 ? text : text.substring(0, tab)).replace("&", "");
    }

    /**
     * Expands a tree item as a user's click on its arrow does: JFace creates the children on the expand event (UI
     * thread).
     */
    static void expand(TreeItem item) {
        if (!item.getExpanded()) {
            Event expand = new Event();
            expand.item = item;
            item.getParent().notifyListeners(SWT.Expand, expand);
            item.setExpanded(true);
        }
    }

    /** Selects a tree item as a user's click on it does (UI thread). */
    static void select(TreeItem item) {
        item.getParent().setSelection(item);
        Event select = new Event();
        select.item = item;
        item.getParent().notifyListeners(SWT.Selection, select);
    }

    /**
     * Saves what the screen shows inside the shell as {@code target/screenshots/install-N-NAME.png}, numbered in the
     * order taken.
     */
    static File screenshot(Shell shell, String name) {
        sleep(400);
        return sync(() -> {
            Rectangle bounds = shell.getBounds();
            Image image = new Image(display(), bounds.width, bounds.height);
            GC gc = new GC(display());
            try {
                gc.copyArea(image, bounds.x, bounds.y);
            } finally {
                gc.dispose();
            }
            File dir = new File(System.getProperty("heterostack.screenshots", "target/screenshots"));
            dir.mkdirs();
            File file = new File(dir, "install-" + ++shots + "-" + name + ".png");
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.getPath(), SWT.IMAGE_PNG);
            image.dispose();
            return file;
        });
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
