package org.heterostack.ui.install.tests;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The Installed Software page of p2's Installation Details dialog as a user reads it: one row per installed root
 * (the product, an installed engine's feature) with its name, version and id, a root's features under it.
 */
final class InstalledSoftware {

    private InstalledSoftware() {
    }

    /**
     * @param details the Installation Details dialog
     * @param root    the id of a root whose rows under it are read too (expanded as a user does)
     * @return the version of each row by name, the roots' and those under {@code root} (UI thread)
     */
    static Map<String, String> versions(Shell details, String root) {
        Map<String, String> versions = new LinkedHashMap<>();
        for (TreeItem item : roots(details)) {
            versions.put(item.getText(0), item.getText(1));
            if (item.getText(2).equals(root)) {
                Ui.expand(item);
                for (TreeItem child : item.getItems()) {
                    versions.put(child.getText(0), child.getText(1));
                }
            }
        }
        return versions;
    }

    /** @return the row of the root with this id (UI thread) */
    static Optional<TreeItem> row(Shell details, String id) {
        return roots(details).stream().filter(item -> item.getText(2).equals(id)).findFirst();
    }

    private static List<TreeItem> roots(Shell details) {
        return Ui.find(details, Tree.class, Tree::isVisible).stream()
                .flatMap(tree -> Arrays.stream(tree.getItems())).toList();
    }
}
