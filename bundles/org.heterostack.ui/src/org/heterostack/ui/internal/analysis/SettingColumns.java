package org.heterostack.ui.internal.analysis;

import java.util.function.Function;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.heterostack.engine.EngineSetting;

/** The columns of the engine-settings table: setting, value (editable), unit, default, description. */
final class SettingColumns {

    private SettingColumns() {
    }

    static void create(TableViewer viewer, EngineSettingsPreferencePage page) {
        ColumnViewerToolTipSupport.enableFor(viewer);
        column(viewer, "Setting", 170, EngineSetting::name);
        TableViewerColumn value = column(viewer, "Value", 110, page::value);
        value.setLabelProvider(valueLabels(page));
        value.setEditingSupport(new ValueEditing(viewer, page));
        column(viewer, "Unit", 70, EngineSetting::unit);
        column(viewer, "Default", 90, EngineSetting::defaultValue);
        column(viewer, "Description", 420, EngineSetting::description);
    }

    /** The value a run will use, in bold where the user changed it from the default. */
    private static ColumnLabelProvider valueLabels(EngineSettingsPreferencePage page) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return page.value((EngineSetting) element);
            }

            @Override
            public Font getFont(Object element) {
                return changed((EngineSetting) element, page)
                        ? JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT) : null;
            }

            @Override
            public String getToolTipText(Object element) {
                EngineSetting setting = (EngineSetting) element;
                return changed(setting, page) ? "changed from " + setting.defaultValue() : "default";
            }
        };
    }

    private static boolean changed(EngineSetting setting, EngineSettingsPreferencePage page) {
        return !setting.defaultValue().equals(page.value(setting));
    }

    private static TableViewerColumn column(TableViewer viewer, String title, int width,
            Function<EngineSetting, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((EngineSetting) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((EngineSetting) element).description();
            }
        });
        return column;
    }

    /** Free text for numbers and text, a read-only list for choice settings. */
    private static final class ValueEditing extends EditingSupport {

        private final TableViewer viewer;
        private final EngineSettingsPreferencePage page;

        ValueEditing(TableViewer viewer, EngineSettingsPreferencePage page) {
            super(viewer);
            this.viewer = viewer;
            this.page = page;
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            EngineSetting setting = (EngineSetting) element;
            if (setting.choices().isEmpty()) {
                return new TextCellEditor(viewer.getTable());
            }
            return new ComboBoxCellEditor(viewer.getTable(), setting.choices().toArray(String[]::new), SWT.READ_ONLY);
        }

        @Override
        protected boolean canEdit(Object element) {
            return true;
        }

        @Override
        protected Object getValue(Object element) {
            EngineSetting setting = (EngineSetting) element;
            String value = page.value(setting);
            return setting.choices().isEmpty() ? value : Math.max(0, setting.choices().indexOf(value));
        }

        @Override
        protected void setValue(Object element, Object value) {
            EngineSetting setting = (EngineSetting) element;
            if (value instanceof Integer index) {
                if (index >= 0) {
                    page.setValue(setting, setting.choices().get(index));
                }
            } else if (value != null) {
                page.setValue(setting, value.toString());
            }
        }
    }
}
