package org.heterostack.ui.editor.internal.library;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.heterostack.library.Library;
import org.heterostack.model.Material;
import org.heterostack.model.OrganicCation;
import org.heterostack.model.provider.HeterostackItemProviderAdapterFactory;
import org.heterostack.ui.editor.bridge.ItemLabelProvider;
import org.heterostack.ui.editor.internal.stack.SpacerChoice;

/**
 * The curated library: spacers, 3D perovskites, transport materials and electrodes, searchable by name,
 * abbreviation, chemical name or SMILES; below the tree the selected entry's details ({@link LibraryDetails}: a
 * spacer's formula, molar mass and charge from its SMILES). Drag an entry onto the stack of an open model to insert it there (a spacer
 * as a 2D cap); double-click inserts it above the selected layer of the active model editor.
 */
public final class LibraryView extends ViewPart {

    /** The view's id. */
    public static final String ID = "org.heterostack.ui.editor.library";

    /** A group of the library. */
    public record Category(String name, List<? extends Material> materials) {
    }

    private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory();
    private TreeViewer viewer;
    private Text search;
    private Text details;

    @Override
    public void createPartControl(Composite parent) {
        adapterFactory.addAdapterFactory(new HeterostackItemProviderAdapterFactory());
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(parent);
        search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("Search the library (name, abbreviation, SMILES)");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        viewer = new TreeViewer(sash, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
        details = new Text(sash, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
        details.setMessage("Select an entry to see its formula, structure (SMILES) and sources");
        sash.setWeights(72, 28);
        viewer.addSelectionChangedListener(e -> details.setText(
                e.getStructuredSelection().getFirstElement() instanceof Material m ? LibraryDetails.text(m) : ""));
        viewer.setContentProvider(new Content());
        viewer.setLabelProvider(new ItemLabelProvider(adapterFactory, LibraryView::text));
        viewer.addFilter(new Search());
        viewer.setInput(categories());
        viewer.expandToLevel(2);
        search.addListener(SWT.Modify, e -> {
            viewer.refresh();
            viewer.expandAll();
        });
        viewer.addDragSupport(DND.DROP_COPY, new Transfer[] { LocalSelectionTransfer.getTransfer() },
                new DragSourceAdapter() {
                    @Override
                    public void dragStart(DragSourceEvent event) {
                        IStructuredSelection selection = viewer.getStructuredSelection();
                        event.doit = selection.getFirstElement() instanceof Material;
                        LocalSelectionTransfer.getTransfer().setSelection(selection);
                    }
                });
        viewer.addDoubleClickListener(e -> LibraryDrop.insertIntoActiveEditor(getSite().getPage(),
                viewer.getStructuredSelection().getFirstElement()));
        getSite().setSelectionProvider(viewer);
    }

    /** @return the library's groups */
    public static List<Category> categories() {
        Library library = Library.get();
        return List.of(new Category("Spacers", SpacerChoice.spacers()),
                new Category("3D perovskites", library.perovskites()),
                new Category("Transport materials", library.transportMaterials()),
                new Category("Electrodes", library.electrodes()));
    }

    private static String text(Object element) {
        return switch (element) {
            case Category c -> c.name() + " (" + c.materials().size() + ")";
            case OrganicCation c -> c.getAbbreviation() + " \u2014 " + c.getChemicalName()
                    + (c.getExpectedPhase() == null ? "" : ", " + c.getExpectedPhase().getName());
            case Material m -> m.getName() + (m.getDescription() == null ? "" : " \u2014 " + m.getDescription());
            default -> null;
        };
    }

    private static Stream<String> keys(Material material) {
        Stream<String> own = Stream.of(material.getName(), material.getDescription());
        return material instanceof OrganicCation c
                ? Stream.concat(own, Stream.concat(Stream.of(c.getAbbreviation(), c.getChemicalName(), c.getSmiles()),
                        c.getSynonyms().stream()))
                : own;
    }

    /** Shows a search text (as if the user typed it). */
    public void search(String text) {
        search.setText(text);
    }

    /** @return the details shown for the selected entry */
    public String detailsText() {
        return details.getText();
    }

    /** @return the tree of the library */
    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        search.setFocus();
    }

    @Override
    public void dispose() {
        adapterFactory.dispose();
        super.dispose();
    }

    private static final class Content implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof Category c ? c.materials().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof Category c && !c.materials().isEmpty();
        }
    }

    private final class Search extends ViewerFilter {
        @Override
        public boolean select(Viewer v, Object parent, Object element) {
            String wanted = search.getText().strip().toLowerCase(Locale.ROOT);
            if (wanted.isEmpty()) {
                return true;
            }
            if (element instanceof Category c) {
                return c.materials().stream().anyMatch(m -> matches(m, wanted));
            }
            return element instanceof Material m && matches(m, wanted);
        }

        private boolean matches(Material material, String wanted) {
            return keys(material).anyMatch(k -> k != null && k.toLowerCase(Locale.ROOT).contains(wanted));
        }
    }
}
