package org.heterostack.ui.editor.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.PropertySheetPage;
import org.heterostack.ui.editor.bridge.ItemPropertySourceProvider;

/**
 * The Properties view's page for a model editor: the item providers' properties with units, checks and
 * inheritance ({@link HeterostackPropertyPolicy}); hovering a property shows its description and source; the
 * editor's Undo and Redo work while the view has focus.
 */
final class ModelPropertySheetPage extends PropertySheetPage {

    private final HeterostackEditor editor;

    /** @param editor the editor whose objects this page shows */
    ModelPropertySheetPage(HeterostackEditor editor) {
        this.editor = editor;
        setPropertySourceProvider(
                new ItemPropertySourceProvider(editor.document().adapterFactory(), new HeterostackPropertyPolicy()));
    }

    @Override
    public void createControl(Composite parent) {
        super.createControl(parent);
        if (getControl() instanceof Tree tree) {
            tree.addListener(SWT.MouseHover, e -> tree.setToolTipText(description(tree, new Point(e.x, e.y))));
            tree.addListener(SWT.MouseExit, e -> tree.setToolTipText(null));
            // the names carry units ("Electron SRH lifetime (ns)"): give them the room they need
            tree.addListener(SWT.Resize, e -> tree.getDisplay().asyncExec(() -> widenNames(tree)));
        }
    }

    private static void widenNames(Tree tree) {
        if (tree.isDisposed() || tree.getColumnCount() < 2) {
            return;
        }
        int width = tree.getClientArea().width;
        tree.getColumn(0).setWidth(Math.min(230, width / 2));
        tree.getColumn(1).setWidth(Math.max(80, width - tree.getColumn(0).getWidth()));
    }

    private static String description(Tree tree, Point point) {
        TreeItem item = tree.getItem(point);
        if (item != null && item.getData() instanceof IPropertySheetEntry entry) {
            String description = entry.getDescription();
            return description == null || description.isBlank() ? null : description;
        }
        return null;
    }

    @Override
    public void setActionBars(IActionBars actionBars) {
        super.setActionBars(actionBars);
        editor.shareGlobalActions(actionBars);
    }
}
