package org.heterostack.ui.internal.analysis;

import java.util.function.Supplier;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.Message;
import org.heterostack.model.ResultStatus;
import org.heterostack.model.Severity;

/**
 * One column of the Analysis Results tree: the text of {@link ResultColumns}; in the first column an error icon on a
 * failed result, a warning icon on a result with warnings and the severity's icon on a message; a failed result in
 * red; as tooltip the whole message of a failed result (engine, object, every error) or of a message row.
 */
final class ResultLabels extends ColumnLabelProvider {

    private final int column;
    private final Supplier<AnalysisRecord> record;

    /**
     * @param column the column index
     * @param record the run shown (engine names)
     */
    ResultLabels(int column, Supplier<AnalysisRecord> record) {
        this.column = column;
        this.record = record;
    }

    @Override
    public String getText(Object element) {
        return ResultColumns.text(element, column, record.get());
    }

    @Override
    public Image getImage(Object element) {
        if (column != 0) {
            return null;
        }
        String image = switch (element) {
            case AnalysisResult r when r.getStatus() != ResultStatus.OK -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case AnalysisResult r when r.getMessages().stream().anyMatch(m -> m.getSeverity() == Severity.WARNING) ->
                ISharedImages.IMG_OBJS_WARN_TSK;
            case Message m -> switch (m.getSeverity()) {
                case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
                case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
                case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
            };
            default -> null;
        };
        return image == null ? null : PlatformUI.getWorkbench().getSharedImages().getImage(image);
    }

    @Override
    public Color getForeground(Object element) {
        boolean failed = element instanceof AnalysisResult r && r.getStatus() != ResultStatus.OK
                || element instanceof Message m && m.getSeverity() == Severity.ERROR;
        return failed ? Display.getCurrent().getSystemColor(SWT.COLOR_DARK_RED) : null;
    }

    @Override
    public String getToolTipText(Object element) {
        if (element instanceof AnalysisResult r && r.getStatus() != ResultStatus.OK && record.get() != null) {
            return ResultMarkers.describe(r, record.get());
        }
        return element instanceof Message m ? m.getSeverity().getLiteral().toLowerCase(java.util.Locale.ROOT) + ": "
                + m.getText() : null;
    }
}
