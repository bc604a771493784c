package org.heterostack.ui.editor.internal;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.heterostack.ui.editor.internal.band.BandDiagramCanvas;
import org.heterostack.ui.editor.internal.stack.StackPage;

/**
 * The editor's body: for a model, tabs with its pages (the stack canvas first, then the band diagram, the model tree
 * and the pages other bundles contribute); for a file that could not be read, the error page with the loader's
 * problems.
 */
public final class EditorPages {

    private final Composite container;
    private final StackLayout layout = new StackLayout();
    private final HeterostackEditor editor;
    private final ErrorPage errorPage;
    private final CTabFolder tabs;
    private final TreeViewer tree;
    private final StackPage stack;
    private final BandDiagramCanvas bands;
    private final ContributedPages contributed;

    EditorPages(Composite container, HeterostackEditor editor) {
        this.container = container;
        this.editor = editor;
        container.setLayout(layout);
        errorPage = new ErrorPage(container, editor::openAsText, editor::revert);
        tabs = new CTabFolder(container, SWT.BOTTOM | SWT.FLAT);
        stack = new StackPage(tabs, editor);
        tab("Stack", stack.control());
        bands = new BandDiagramCanvas(tabs);
        tab("Band Diagram", bands);
        stack.onShown(bands::show);
        tree = new TreeViewer(tabs, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        ModelTrees.attach(tree, editor.document(), editor.selection());
        tab("Model", tree.getControl());
        contributed = new ContributedPages(tabs, editor);
        tabs.setSelection(0);
    }

    private void tab(String title, Control control) {
        CTabItem item = new CTabItem(tabs, SWT.NONE);
        item.setText(title);
        item.setControl(control);
    }

    /** Shows the document: its pages, or the error page when it could not be read. */
    void show(ModelDocument document) {
        if (document.model() == null) {
            errorPage.show(document.file(), document.diagnostics());
            layout.topControl = errorPage.control();
        } else {
            ModelTrees.show(tree, document);
            bands.modelChanged();
            stack.modelChanged();
            contributed.modelChanged();
            layout.topControl = tabs;
        }
        container.layout(true, true);
    }

    /** Follows a change of the model: the stack is drawn again (the tree follows the item providers itself). */
    void modelChanged() {
        bands.modelChanged();
        stack.modelChanged();
        contributed.modelChanged();
    }

    /**
     * @param object an object a contributed page may show
     * @return whether one shows it now, in front
     */
    public boolean reveal(Object object) {
        return layout.topControl == tabs && contributed.reveal(object);
    }

    /**
     * @param <T>  the page's type
     * @param type the class of a contributed page
     * @return the contributed page of that class, or null
     */
    public <T extends org.heterostack.ui.editor.ModelEditorPage> T page(Class<T> type) {
        return contributed.page(type);
    }

    void dispose() {
        contributed.dispose();
    }

    void setFocus() {
        if (layout.topControl == tabs) {
            (tabs.getSelectionIndex() == 0 ? stack.canvas() : tree.getControl()).setFocus();
        } else {
            errorPage.control().setFocus();
        }
    }

    /** @return whether the error page is showing */
    public boolean showsErrorPage() {
        return layout.topControl == errorPage.control();
    }

    /** @return the error page's table of problems */
    public org.eclipse.swt.widgets.Table problemTable() {
        return errorPage.problems();
    }

    /** @return the model tree page's viewer */
    public TreeViewer tree() {
        return tree;
    }

    /** @return the stack page */
    public StackPage stack() {
        return stack;
    }

    /** @return the band diagram page */
    public BandDiagramCanvas bandDiagram() {
        return bands;
    }

    /** @return the editor's tabs */
    public CTabFolder tabs() {
        return tabs;
    }

    /** @return the editor */
    HeterostackEditor editor() {
        return editor;
    }
}
