package org.heterostack.ui.study.internal.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.heterostack.study.StudyException;
import org.heterostack.ui.study.internal.chart.StudyChart;
import org.heterostack.ui.study.internal.run.StudyRef;
import org.heterostack.ui.study.internal.run.StudyRuns;

/**
 * The candidates of one or several studies in a virtual table (only the rows on screen are ever made, so it stays
 * fast at 100,000 rows; the first rows show at once, the rest when they have been read): sort by any column (click its header), filter by a condition in the study layer's where
 * syntax, choose the columns; units in the headers. Beside the table a {@link StudyChart} draws the shown candidates
 * (metric against an axis, scatter, Pareto front). Its tool bar compares the selected candidates, opens one as a model
 * and exports the table ({@link ResultActions}).
 */
public final class StudyResultsView extends ViewPart {

    /** The view's id. */
    public static final String ID = "org.heterostack.ui.study.results";

    /** The rows read first, shown while the rest of a large answer is read. */
    private static final int FIRST_ROWS = 200;

    private Text filter;
    private Label status;
    private Table table;
    private StudyChart chart;
    private ResultsQuery query;
    private ResultTable shown;
    private int[] order = new int[0];
    private int candidateColumn = -1;
    private List<Integer> visible = List.of();
    private List<String> hidden = List.of(ResultsQuery.STORE);
    private String sortColumn = "";
    private boolean descending;
    private long loadedMillis = -1;
    /** The number of rows of the answer; more than {@link #shown} holds while the rest is read. */
    private long total;
    /** Counts the queries asked, so that an older answer arriving late is dropped. */
    private int asked;
    /** The query whose first rows are on screen. */
    private int shownFor;
    private final java.util.function.Consumer<StudyRuns.Ended> refreshAfterRuns = run -> Display.getDefault()
            .asyncExec(() -> {
                if (table != null && !table.isDisposed() && query != null && query.studies().stream()
                        .anyMatch(s -> s.file().equals(run.file()) && s.name().equals(run.summary().study()))) {
                    reload();
                }
            });

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(4, false));
        new Label(parent, SWT.NONE).setText("Filter:");
        filter = new Text(parent, SWT.SINGLE | SWT.BORDER | SWT.SEARCH);
        filter.setMessage("a condition, e.g.  pce > 20 and spacer = PEA  (Enter applies it)");
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        filter.addListener(SWT.DefaultSelection, e -> reload());
        Button columns = new Button(parent, SWT.PUSH);
        columns.setText("Columns...");
        columns.addListener(SWT.Selection, e -> ResultActions.chooseColumns(this));
        status = new Label(parent, SWT.NONE);
        status.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        table = new Table(sash, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        chart = new StudyChart(sash);
        sash.setWeights(58, 42);
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, e.index));
        table.addListener(SWT.DefaultSelection, e -> ResultActions.openAsModel(this));
        ResultActions.contribute(this, getViewSite().getActionBars());
        StudyRuns.addListener(refreshAfterRuns);
        status("Run a study, or choose Show Study Results on a study in the Project Explorer.", false);
    }

    private void fill(TableItem item, int index) {
        if (shown == null || index < 0 || index >= order.length) {
            // a row not read yet (or not sorted yet): filled when the whole answer is here
            return;
        }
        int row = order[index];
        String[] texts = new String[visible.size()];
        for (int i = 0; i < texts.length; i++) {
            String text = shown.text(row, visible.get(i));
            texts[i] = visible.get(i) == candidateColumn && text.length() > 12 ? text.substring(0, 12) : text;
        }
        item.setText(texts);
    }

    /**
     * Shows the candidates of studies (the filter, sort and column choice stay as they are).
     *
     * @param studies one or more studies
     */
    public void show(List<StudyRef> studies) {
        query = new ResultsQuery(studies);
        setContentDescription(studies.size() == 1 ? "Study '" + studies.get(0).name() + "' of "
                + studies.get(0).file().getFullPath() : studies.size() + " studies: " + String.join(", ",
                        studies.stream().map(s -> s.file().getProject().getName() + "/" + s.name()).toList()));
        reload();
    }

    /**
     * Queries the index again in the background with the current filter: the first rows (in the table's sort order,
     * which the index applies) are shown at once with the number of all, the rest when it has been read.
     */
    public void reload() {
        if (query == null) {
            return;
        }
        ResultsQuery question = query;
        int number = ++asked;
        String condition = filter.getText().strip();
        String sort = sortColumn.isEmpty() ? "" : (descending ? "-" : "") + sortColumn;
        long started = System.nanoTime();
        status("Querying the study index...", false);
        Job job = Job.create("Study results", (IProgressMonitor monitor) -> {
            try {
                ResultsQuery.Page page = question.first(condition, sort, FIRST_ROWS);
                if (!page.complete()) {
                    Display.getDefault().asyncExec(() -> shown(number, page.table(), page.total(), started));
                }
                ResultTable answer = question.run(condition);
                Display.getDefault().asyncExec(() -> shown(number, answer, answer.size(), started));
            } catch (StudyException e) {
                Display.getDefault().asyncExec(() -> {
                    if (number == asked && !status.isDisposed()) {
                        status(e.getMessage(), true);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /**
     * Shows an answer, or its first rows while the rest is read ({@code answer} smaller than {@code all}): then the
     * table has only those rows, and takes the count of all once, when they are here (a virtual table's item count
     * costs time by the row on GTK).
     */
    private void shown(int number, ResultTable answer, long all, long started) {
        if (table.isDisposed() || number != asked) {
            return;
        }
        boolean partial = answer.size() < all;
        boolean sameColumns = shown != null && shown.columns().equals(answer.columns());
        shown = answer;
        total = all;
        if (!sameColumns) {
            visible = new ArrayList<>();
            for (int c = 0; c < answer.columns().size(); c++) {
                if (!hidden.contains(answer.columns().get(c))) {
                    visible.add(c);
                }
            }
        }
        candidateColumn = answer.column("candidate");
        int sort = answer.column(sortColumn);
        // the first rows come sorted from the index
        order = sort < 0 || partial ? answer.naturalOrder() : answer.sorted(sort, descending);
        if (sameColumns) {
            ItemCount.set(table, answer.size());
        } else {
            rebuildColumns();
        }
        if (shownFor != number) {
            shownFor = number;
            loadedMillis = (System.nanoTime() - started) / 1_000_000;
        }
        String count = String.format(Locale.ROOT, all == 1 ? "%,d candidate" : "%,d candidates", all);
        if (partial) {
            status(count + String.format(Locale.ROOT, " (the first %,d shown, reading the rest)", answer.size()),
                    false);
            return;
        }
        chart.setTable(answer);
        status(count, false);
    }

    private void rebuildColumns() {
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn column : table.getColumns()) {
                column.dispose();
            }
            for (int c : visible) {
                TableColumn column = new TableColumn(table, c < 2 ? SWT.LEFT : SWT.RIGHT);
                column.setText(shown.header(c));
                column.setData(shown.columns().get(c));
                column.setWidth(width(c));
                column.addListener(SWT.Selection, e -> sortBy((String) column.getData(),
                        column.getData().equals(sortColumn) && !descending));
                if (shown.columns().get(c).equals(sortColumn)) {
                    table.setSortColumn(column);
                    table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
                }
            }
        } finally {
            table.setRedraw(true);
        }
        ItemCount.set(table, shown.size());
    }

    /** Wide enough for the header and the values of the first rows (at most 240 pixels; ids shown by 12 digits). */
    private int width(int column) {
        int chars = shown.header(column).length() + 2;
        for (int row = 0; row < Math.min(50, shown.size()); row++) {
            chars = Math.max(chars, column == candidateColumn ? 12 : shown.text(row, column).length());
        }
        return Math.max(50, Math.min(240, 8 * chars + 20));
    }

    /**
     * Sorts the shown rows by a column.
     *
     * @param column     a column name
     * @param descending whether the largest value comes first
     */
    public void sortBy(String column, boolean descending) {
        if (shown == null || shown.column(column) < 0) {
            return;
        }
        this.sortColumn = column;
        this.descending = descending;
        // while the rest is read the first rows stay empty; the whole answer arrives sorted
        order = complete() ? shown.sorted(shown.column(column), descending) : new int[0];
        for (TableColumn c : table.getColumns()) {
            if (c.getData().equals(column)) {
                table.setSortColumn(c);
                table.setSortDirection(descending ? SWT.DOWN : SWT.UP);
            }
        }
        table.clearAll();
    }

    /**
     * Shows only some columns.
     *
     * @param columns the column names to show, in table order
     */
    public void showColumns(List<String> columns) {
        if (shown == null) {
            return;
        }
        hidden = shown.columns().stream().filter(c -> !columns.contains(c)).toList();
        visible = new ArrayList<>();
        for (int c = 0; c < shown.columns().size(); c++) {
            if (columns.contains(shown.columns().get(c))) {
                visible.add(c);
            }
        }
        rebuildColumns();
    }

    /**
     * Sets the filter and queries again.
     *
     * @param condition a condition in the where syntax
     */
    public void filter(String condition) {
        filter.setText(condition);
        reload();
    }

    private void status(String text, boolean error) {
        status.setText(text);
        status.setForeground(error ? status.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
        status.getParent().layout(true);
    }

    /** @return the shown results, null before the first answer; only its first rows while the rest is read */
    public ResultTable shown() {
        return shown;
    }

    /** @return whether {@link #shown()} holds every row of the answer (not only its first while the rest is read) */
    public boolean complete() {
        return shown != null && shown.size() >= total;
    }

    /** @return the row order on screen */
    public int[] order() {
        return order.clone();
    }

    /** @return the shown columns' indices */
    public List<Integer> visibleColumns() {
        return List.copyOf(visible);
    }

    /** @return the query behind the table, null before {@link #show(List)} */
    public ResultsQuery query() {
        return query;
    }

    /** @return the rows of the table's selected items */
    public int[] selectedRows() {
        return java.util.Arrays.stream(table.getSelectionIndices()).filter(i -> i < order.length).map(i -> order[i])
                .toArray();
    }

    /** @return the table */
    public Table table() {
        return table;
    }

    /** @return the chart of the shown candidates */
    public StudyChart chart() {
        return chart;
    }

    /** @return the status line */
    public String statusText() {
        return status.getText();
    }

    /** @return milliseconds from the last query to the rows on screen, -1 before */
    public long loadedMillis() {
        return loadedMillis;
    }

    @Override
    public void setFocus() {
        table.setFocus();
    }

    @Override
    public void dispose() {
        StudyRuns.removeListener(refreshAfterRuns);
        super.dispose();
    }
}
