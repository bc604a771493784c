package org.heterostack.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.ui.IEditorPart;
import org.heterostack.model.HeterostackModel;
import org.heterostack.ui.editor.ModelEditorPage;
import org.heterostack.ui.editor.ModelEditorSite;
import org.heterostack.ui.editor.ModelEditors;

/**
 * The editor's tabs that other bundles contribute ({@link ModelEditors#PAGES_EXTENSION_POINT}): made once per
 * editor after its own, told of every change of the model, asked to reveal objects. A page that fails to load is
 * logged and left out.
 */
final class ContributedPages {

    private final List<ModelEditorPage> pages = new ArrayList<>();
    private final List<CTabItem> tabs = new ArrayList<>();

    ContributedPages(CTabFolder folder, HeterostackEditor editor) {
        ModelEditorSite site = new ModelEditorSite() {
            @Override
            public HeterostackModel model() {
                return editor.document().model();
            }

            @Override
            public EditingDomain domain() {
                return editor.document().domain();
            }

            @Override
            public IFile file() {
                return editor.file();
            }

            @Override
            public IEditorPart editor() {
                return editor;
            }
        };
        for (IConfigurationElement element : Platform.getExtensionRegistry()
                .getConfigurationElementsFor(ModelEditors.PAGES_EXTENSION_POINT)) {
            try {
                ModelEditorPage page = (ModelEditorPage) element.createExecutableExtension("class");
                CTabItem tab = new CTabItem(folder, SWT.NONE);
                tab.setText(element.getAttribute("name"));
                tab.setControl(page.create(folder, site));
                pages.add(page);
                tabs.add(tab);
            } catch (CoreException | RuntimeException e) {
                ILog.of(ContributedPages.class).error("Model editor page of " + element.getContributor().getName()
                        + " left out: " + e.getMessage(), e);
            }
        }
    }

    void modelChanged() {
        pages.forEach(ModelEditorPage::modelChanged);
    }

    /** @return whether a page shows the object now (its tab then selected) */
    boolean reveal(Object object) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).reveal(object)) {
                tabs.get(i).getParent().setSelection(tabs.get(i));
                return true;
            }
        }
        return false;
    }

    <T extends ModelEditorPage> T page(Class<T> type) {
        return pages.stream().filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    void dispose() {
        pages.forEach(ModelEditorPage::dispose);
    }
}
