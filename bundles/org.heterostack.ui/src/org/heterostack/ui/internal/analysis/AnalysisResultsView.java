package org.heterostack.ui.internal.analysis;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.heterostack.model.AnalysisResult;
import org.heterostack.ui.HeterostackWorkbench;

/**
 * The Analysis Results view: the results of the last "Analyze Model" run, one row per analysis with its
 * quantities (value and unit) and messages below it. Updates itself when a run finishes.
 */
public class AnalysisResultsView extends ViewPart {

    /** The view id. */
    public static final String ID = HeterostackWorkbench.ANALYSIS_RESULTS_VIEW_ID;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final Consumer<AnalysisRecord> listener = record -> {
        if (getViewSite() != null && !getViewSite().getShell().isDisposed()) {
            getViewSite().getShell().getDisplay().asyncExec(() -> show(record));
        }
    };
    private Label summary;
    private TreeViewer viewer;
    private AnalysisRecord shown;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
        viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTree());
        for (int i = 0; i < ResultColumns.TITLES.length; i++) {
            int column = i;
            TreeViewerColumn c = new TreeViewerColumn(viewer, SWT.LEFT);
            c.getColumn().setText(ResultColumns.TITLES[i]);
            c.getColumn().setWidth(ResultColumns.WIDTHS[i]);
            c.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return ResultColumns.text(element, column, shown);
                }
            });
        }
        viewer.setContentProvider(new ResultsContent());
        LatestAnalysis.addListener(listener);
        show(LatestAnalysis.get().orElse(null));
    }

    private void show(AnalysisRecord record) {
        if (viewer == null || viewer.getTree().isDisposed()) {
            return;
        }
        shown = record;
        if (record == null) {
            summary.setText("No analysis yet: select a .hstack model in the Project Explorer and choose "
                    + "Analysis > Analyze Model (preferred engines: Window > Preferences > Heterostack > Analysis Engines).");
            viewer.setInput(List.of());
        } else {
            summary.setText(String.format(Locale.ROOT, "%s \u2014 %d analyses, %d failed \u2014 finished %s",
                    record.file(), record.results().size(), record.failures(), TIME.format(record.finished())));
            viewer.setInput(record.results());
        }
        summary.getParent().layout(true);
    }

    /** @return the results shown, for tests and other views */
    public List<AnalysisResult> shownResults() {
        Object input = viewer.getInput();
        return input instanceof List<?> list ? list.stream().map(AnalysisResult.class::cast).toList() : List.of();
    }

    /** @return the summary line above the tree */
    public String summaryText() {
        return summary.getText();
    }

    /** @return the tree viewer, for tests */
    public TreeViewer viewer() {
        return viewer;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        LatestAnalysis.removeListener(listener);
        super.dispose();
    }

    /** Results at the top, their quantities and messages below. */
    private static final class ResultsContent implements ITreeContentProvider {

        @Override
        public Object[] getElements(Object input) {
            return input instanceof List<?> list ? list.toArray() : new Object[0];
        }

        @Override
        public Object[] getChildren(Object parent) {
            if (parent instanceof AnalysisResult r) {
                List<Object> children = new ArrayList<>(r.getQuantities());
                children.addAll(r.getMessages());
                return children.toArray();
            }
            return new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof AnalysisResult r && !(r.getQuantities().isEmpty() && r.getMessages().isEmpty());
        }
    }
}
