package org.heterostack.ui.study.internal.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.ide.IDE;
import org.heterostack.study.StudyException;
import org.heterostack.ui.study.internal.run.StudyRef;
import org.heterostack.ui.study.internal.run.WorkspaceStudies;

/**
 * The results view's commands: compare (a non-blocking dialog, returned), open as model, export as CSV or JSON, choose
 * columns, refresh.
 */
public final class ResultActions {

    private ResultActions() {
    }

    static void contribute(StudyResultsView view, IActionBars bars) {
        IToolBarManager tools = bars.getToolBarManager();
        tools.add(action("Compare", "Compare the selected candidates (differing parameters only)", () -> compare(view)));
        tools.add(action("Open as Model", "Open the selected candidate as a model in the editor", () -> openAsModel(view)));
        tools.add(action("CSV", "Export the table as shown (rows, order, columns) as CSV", () -> export(view, false)));
        tools.add(action("JSON", "Export the table as shown as JSON", () -> export(view, true)));
        tools.add(action("Refresh", "Query the study index again", view::reload));
        bars.updateActionBars();
    }

    private static Action action(String text, String tip, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setToolTipText(tip);
        return action;
    }

    /**
     * @param view the results view
     * @return the open comparison of the selected candidates, or null when fewer than two are selected (the user is
     *         told)
     */
    public static CompareDialog compare(StudyResultsView view) {
        int[] rows = view.selectedRows();
        if (view.shown() == null || rows.length < 2) {
            MessageDialog.openInformation(shell(view), "Compare", "Select two or more candidates to compare.");
            return null;
        }
        CompareDialog dialog = new CompareDialog(shell(view), view.shown(), rows);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    static void chooseColumns(StudyResultsView view) {
        ResultTable shown = view.shown();
        if (shown == null) {
            return;
        }
        ListSelectionDialog dialog = ListSelectionDialog.of(shown.columns()).contentProvider(
                ArrayContentProvider.getInstance()).labelProvider(new LabelProvider()).message("Columns to show:")
                .preselect(view.visibleColumns().stream().map(shown.columns()::get).toArray()).create(shell(view));
        dialog.setTitle("Columns");
        if (dialog.open() == ListSelectionDialog.OK) {
            view.showColumns(List.of(dialog.getResult()).stream().map(String.class::cast).toList());
        }
    }

    /**
     * Writes the selected candidate's model in the background, then opens it in the editor.
     *
     * @param view the results view
     */
    public static void openAsModel(StudyResultsView view) {
        int[] rows = view.selectedRows();
        ResultTable shown = view.shown();
        if (shown == null || rows.length != 1) {
            MessageDialog.openInformation(shell(view), "Open as Model", "Select one candidate.");
            return;
        }
        StudyRef study = view.query().study((String) shown.value(rows[0], shown.column(ResultsQuery.STORE)));
        String candidate = (String) shown.value(rows[0], shown.column("candidate"));
        Job.create("Opening candidate " + candidate.substring(0, 12), (IProgressMonitor monitor) -> {
            try {
                IFile file = CandidateModels.write(study, view.query().plan(study), candidate);
                Display.getDefault().asyncExec(() -> open(view, file));
                return Status.OK_STATUS;
            } catch (StudyException e) {
                return new Status(IStatus.ERROR, WorkspaceStudies.PLUGIN_ID, e.getMessage(), e);
            }
        }).schedule();
    }

    private static void open(StudyResultsView view, IFile file) {
        try {
            IDE.openEditor(view.getSite().getPage(), file);
        } catch (PartInitException e) {
            MessageDialog.openError(shell(view), "Open as Model", e.getMessage());
        }
    }

    private static void export(StudyResultsView view, boolean json) {
        if (!view.complete()) {
            MessageDialog.openInformation(shell(view), "Export", "The results are still being read; export them when "
                    + "the table shows all of them.");
            return;
        }
        FileDialog dialog = new FileDialog(shell(view), SWT.SAVE);
        dialog.setOverwrite(true);
        dialog.setFilterExtensions(new String[] { json ? "*.json" : "*.csv" });
        dialog.setFileName("study-results." + (json ? "json" : "csv"));
        String file = dialog.open();
        if (file != null) {
            try {
                write(view, Path.of(file), json);
            } catch (IOException e) {
                MessageDialog.openError(shell(view), "Export", "Cannot write " + file + ": " + e.getMessage());
            }
        }
    }

    /**
     * Writes the table as shown.
     *
     * @param view the view
     * @param file the file
     * @param json JSON, else CSV
     * @throws IOException when the file cannot be written
     */
    public static void write(StudyResultsView view, Path file, boolean json) throws IOException {
        if (json) {
            TableExport.json(view.shown(), view.order(), view.visibleColumns(), file);
        } else {
            TableExport.csv(view.shown(), view.order(), view.visibleColumns(), file);
        }
    }

    private static Shell shell(StudyResultsView view) {
        return view.getSite().getShell();
    }
}
