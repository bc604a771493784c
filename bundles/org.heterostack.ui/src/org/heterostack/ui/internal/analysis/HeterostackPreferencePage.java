package org.heterostack.ui.internal.analysis;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Preferences > Heterostack: the group of the workbench's own preference pages. */
public class HeterostackPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    @Override
    public void init(IWorkbench workbench) {
        noDefaultAndApplyButton();
    }

    @Override
    protected Control createContents(Composite parent) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText("Preferences of the Heterostack workbench. Analysis Engines chooses the engine used per "
                + "category of analysis.");
        return label;
    }
}
