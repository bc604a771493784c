package org.heterostack.ui.study.internal.results;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The selected candidates side by side ({@link Comparison}), by default only the parameters in which they differ. */
public final class CompareDialog extends Dialog {

    private final ResultTable results;
    private final int[] rows;
    private Button differingOnly;
    private Table table;

    /**
     * @param shell   the parent shell
     * @param results the results
     * @param rows    the candidates to compare (rows of the results)
     */
    public CompareDialog(Shell shell, ResultTable results, int[] rows) {
        super(shell);
        this.results = results;
        this.rows = rows.clone();
        setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Compare " + rows.length + " Candidates");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        differingOnly = new Button(area, SWT.CHECK);
        differingOnly.setText("Differing parameters only");
        differingOnly.setSelection(true);
        differingOnly.addListener(SWT.Selection, e -> fill());
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.widthHint = Math.min(1200, 300 + 190 * rows.length);
        data.heightHint = 420;
        table.setLayoutData(data);
        TableColumn name = new TableColumn(table, SWT.LEFT);
        name.setText("Parameter");
        name.setWidth(300);
        int candidate = results.column("candidate");
        for (int row : rows) {
            TableColumn column = new TableColumn(table, SWT.RIGHT);
            String id = candidate < 0 ? "" : results.text(row, candidate);
            column.setText(id.length() > 12 ? id.substring(0, 12) : id);
            column.setWidth(180);
        }
        fill();
        return area;
    }

    private void fill() {
        table.removeAll();
        for (Comparison.Line line : lines()) {
            TableItem item = new TableItem(table, SWT.NONE);
            item.setText(0, line.header());
            for (int i = 0; i < line.values().size(); i++) {
                item.setText(i + 1, line.values().get(i));
            }
        }
    }

    /** @return the lines on show */
    public List<Comparison.Line> lines() {
        return Comparison.of(results, rows, differingOnly.getSelection());
    }

    /** @param only whether to show only the parameters in which the candidates differ */
    public void setDifferingOnly(boolean only) {
        differingOnly.setSelection(only);
        fill();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        close();
    }
}
