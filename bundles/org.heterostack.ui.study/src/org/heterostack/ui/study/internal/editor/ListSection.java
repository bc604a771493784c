package org.heterostack.ui.study.internal.editor;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.heterostack.model.Study;

/**
 * One list of a study (its axes, constraints or pinned engines) as a table whose cells are edited in place (click a
 * cell, type, Enter), with Add and Remove; every edit is a command ({@link StudyCommands}) run by the page.
 */
final class ListSection {

    /**
     * A column of the table.
     *
     * @param title the header
     * @param width the width in pixels
     * @param text  what a cell shows (and the editor starts with)
     * @param edit  the command for a typed text; may throw IllegalArgumentException naming what is wrong
     */
    record Column(String title, int width, Function<EObject, String> text, BiFunction<EObject, String, Command> edit) {
    }

    /** The widest a column grows to fit its texts, in pixels; a longer text is cut and shown whole in its tooltip. */
    private static final int MAX_COLUMN_WIDTH = 520;

    /** Room beside a cell's text, in pixels (the cell's padding and the column's separator). */
    private static final int CELL_MARGIN = 24;

    private final EReference list;
    private final StudyPage page;
    private final TableViewer viewer;
    private final List<Column> columns;

    ListSection(Composite parent, String title, EReference list, List<Column> columns, StudyPage page) {
        this.list = list;
        this.page = page;
        this.columns = List.copyOf(columns);
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(2, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer = new TableViewer(group, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 90).span(1, 2).applyTo(viewer.getTable());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        for (Column column : columns) {
            TableViewerColumn made = new TableViewerColumn(viewer, SWT.LEFT);
            made.getColumn().setText(column.title());
            made.getColumn().setWidth(column.width());
            made.setLabelProvider(new CellText(column));
            made.setEditingSupport(new Editing(column));
        }
        button(group, "Add", () -> page.execute(StudyCommands.add(page.domain(), page.study(), list)));
        button(group, "Remove", () -> page.execute(StudyCommands.remove(page.domain(), page.study(), list,
                viewer.getStructuredSelection().toList())));
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, false, false));
        button.addListener(SWT.Selection, e -> action.run());
    }

    /** Shows the list of a study (none: empty). */
    void show(Study study) {
        viewer.setInput(study == null ? List.of() : ((List<?>) study.eGet(list)).toArray());
        fitColumns();
    }

    /**
     * Widens each column to its longest text, at most {@link #MAX_COLUMN_WIDTH}, never narrower than it was made,
     * so that values, paths and engine identifiers are read whole.
     */
    private void fitColumns() {
        Table table = viewer.getTable();
        GC gc = new GC(table);
        try {
            for (int index = 0; index < columns.size(); index++) {
                int widest = gc.textExtent(columns.get(index).title()).x;
                for (TableItem item : table.getItems()) {
                    widest = Math.max(widest, gc.textExtent(item.getText(index)).x);
                }
                table.getColumn(index).setWidth(Math.min(MAX_COLUMN_WIDTH,
                        Math.max(columns.get(index).width(), widest + CELL_MARGIN)));
            }
        } finally {
            gc.dispose();
        }
    }

    /** @return the table */
    TableViewer viewer() {
        return viewer;
    }

    /** A column's cell text, and the same text as the cell's tooltip (for a text cut by the column's width). */
    private static final class CellText extends ColumnLabelProvider {

        private final Column column;

        CellText(Column column) {
            this.column = column;
        }

        @Override
        public String getText(Object element) {
            return column.text().apply((EObject) element);
        }

        @Override
        public String getToolTipText(Object element) {
            String text = getText(element);
            return text.isEmpty() ? null : text;
        }
    }

    /** A cell's text editor; the typed text becomes a command, or a problem the page shows. */
    private final class Editing extends EditingSupport {

        private final Column column;
        private final TextCellEditor editor;

        Editing(Column column) {
            super(viewer);
            this.column = column;
            editor = new TextCellEditor(viewer.getTable());
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return editor;
        }

        @Override
        protected boolean canEdit(Object element) {
            return column.edit() != null;
        }

        @Override
        protected Object getValue(Object element) {
            return column.text().apply((EObject) element);
        }

        @Override
        protected void setValue(Object element, Object value) {
            if (value.equals(getValue(element))) {
                return;
            }
            try {
                page.execute(column.edit().apply((EObject) element, (String) value));
            } catch (IllegalArgumentException e) {
                page.problem(e.getMessage());
            }
        }
    }
}
