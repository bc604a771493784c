package org.heterostack.ui.editor.bridge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/**
 * Edits a many-valued property (several references, several enumeration literals) in a dialog listing every
 * allowed value with a check box; the values keep the order of the choices.
 */
public class ChoicesDialogCellEditor extends DialogCellEditor {

    private final String title;
    private final List<Object> choices;
    private final ILabelProvider labels;

    /**
     * @param parent  the parent control
     * @param title   the property's name, the dialog's title
     * @param choices the allowed values
     * @param labels  how each value reads
     */
    public ChoicesDialogCellEditor(Composite parent, String title, List<Object> choices, ILabelProvider labels) {
        super(parent);
        this.title = title;
        this.choices = choices.stream().filter(c -> c != Unset.VALUE).toList();
        this.labels = labels;
    }

    @Override
    protected Object openDialogBox(Control cellEditorWindow) {
        Collection<?> current = getValue() instanceof Collection<?> values ? values : List.of();
        ListSelectionDialog dialog = ListSelectionDialog.of(choices).contentProvider(ArrayContentProvider.getInstance())
                .labelProvider(labels).title(title).message("Choose the values of " + title + ":")
                .preselect(current.toArray()).create(cellEditorWindow.getShell());
        if (dialog.open() != Window.OK) {
            return null;
        }
        List<Object> chosen = List.of(dialog.getResult());
        List<Object> ordered = new ArrayList<>(choices);
        ordered.retainAll(chosen);
        return ordered;
    }

    @Override
    protected void updateContents(Object value) {
        if (getDefaultLabel() != null && !getDefaultLabel().isDisposed()) {
            getDefaultLabel().setText(value instanceof Collection<?> values
                    ? String.join(", ", values.stream().map(labels::getText).toList())
                    : "");
        }
    }
}
