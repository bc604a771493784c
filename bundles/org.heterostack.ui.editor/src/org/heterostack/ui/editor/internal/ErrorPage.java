package org.heterostack.ui.editor.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.heterostack.model.Severity;
import org.heterostack.model.io.FileDiagnostic;

/**
 * What the editor shows for a file it cannot read: which file, every problem the loader found with its line and
 * column, and the ways out (open the file as text to fix it, read it again).
 */
final class ErrorPage {

    private final Composite control;
    private final Label explanation;
    private final Table problems;

    /**
     * @param parent    the parent
     * @param openText  opens the file in the text editor
     * @param reload    reads the file again
     */
    ErrorPage(Composite parent, Runnable openText, Runnable reload) {
        control = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().margins(16, 16).spacing(8, 10).applyTo(control);
        Label title = new Label(control, SWT.WRAP);
        title.setFont(JFaceResources.getHeaderFont());
        title.setData("heading", Boolean.TRUE);
        title.setText("This model file cannot be opened");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        explanation = new Label(control, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(explanation);
        problems = new Table(control, SWT.BORDER | SWT.FULL_SELECTION);
        problems.setHeaderVisible(true);
        problems.setLinesVisible(true);
        for (String[] column : new String[][] { { "Line", "60" }, { "Column", "70" }, { "Severity", "80" },
                { "Problem", "700" } }) {
            TableColumn c = new TableColumn(problems, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        GridDataFactory.fillDefaults().grab(true, true).applyTo(problems);
        Composite buttons = new Composite(control, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        button(buttons, "Open with Text Editor", openText);
        button(buttons, "Read the File Again", reload);
    }

    private static void button(Composite parent, String text, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.addListener(SWT.Selection, e -> action.run());
    }

    /**
     * Shows the problems of a file.
     *
     * @param file        the file
     * @param diagnostics what the loader reported
     */
    void show(Path file, List<FileDiagnostic> diagnostics) {
        explanation.setText(file + "\n\nThe file was not changed. Fix the problems below (for example in the text "
                + "editor), then read the file again.");
        problems.removeAll();
        for (FileDiagnostic d : diagnostics) {
            TableItem item = new TableItem(problems, SWT.NONE);
            item.setText(new String[] { d.line() > 0 ? Integer.toString(d.line()) : "",
                    d.column() > 0 ? Integer.toString(d.column()) : "", severity(d.severity()), d.message() });
        }
        problems.getColumn(3).pack();
        control.layout(true, true);
    }

    private static String severity(Severity severity) {
        return switch (severity) {
            case ERROR -> "Error";
            case WARNING -> "Warning";
            case INFO -> "Info";
        };
    }

    /** @return the page's control */
    Composite control() {
        return control;
    }

    /** @return the table of problems (one row per diagnostic) */
    Table problems() {
        return problems;
    }
}
