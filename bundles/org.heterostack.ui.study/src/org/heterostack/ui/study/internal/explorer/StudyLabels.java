package org.heterostack.ui.study.internal.explorer;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.heterostack.ui.study.internal.run.StudyRef;

/** Labels a study in the Project Explorer with its name and {@link StudyCounts}. */
public final class StudyLabels extends LabelProvider {

    private Image icon;

    @Override
    public String getText(Object element) {
        if (!(element instanceof StudyRef study)) {
            return null;
        }
        StudyCounts counts = StudyContent.counts(study);
        return "study " + study.name() + " (" + (counts == null ? "counting..." : counts.text()) + ")";
    }

    @Override
    public Image getImage(Object element) {
        if (!(element instanceof StudyRef)) {
            return null;
        }
        if (icon == null) {
            icon = ImageDescriptor.createFromURL(getClass().getResource("/icons/study16.png")).createImage();
        }
        return icon;
    }

    @Override
    public void dispose() {
        if (icon != null) {
            icon.dispose();
        }
        super.dispose();
    }
}
