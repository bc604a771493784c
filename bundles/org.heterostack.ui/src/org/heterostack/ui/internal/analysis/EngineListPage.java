package org.heterostack.ui.internal.analysis;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.heterostack.engine.EngineDescriptor;
import org.heterostack.engine.EngineRegistryLookup;
import org.heterostack.engine.IEngineRegistry;

/**
 * A preference page about the installed engines: a description, then a two-column body built from the engine
 * registry. Without a registry the page shows why and nothing else.
 */
abstract class EngineListPage extends PreferencePage implements IWorkbenchPreferencePage {

    private final String pageDescription;

    /** @param pageDescription the text above the page's controls */
    EngineListPage(String pageDescription) {
        this.pageDescription = pageDescription;
    }

    @Override
    public void init(IWorkbench workbench) {
        setDescription(pageDescription);
    }

    @Override
    protected final Control createContents(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(2, false));
        IEngineRegistry registry;
        try {
            registry = EngineRegistryLookup.registry();
        } catch (IllegalStateException e) {
            setErrorMessage(e.getMessage());
            return body;
        }
        createControls(body, registry);
        return body;
    }

    /** @return how the pages name an engine: name, version and id */
    static String label(EngineDescriptor d) {
        return d.name() + " " + d.version() + " (" + d.id() + ")";
    }

    /**
     * Fills the page.
     *
     * @param body     the two-column body
     * @param registry the installed engines when the page opens
     */
    protected abstract void createControls(Composite body, IEngineRegistry registry);
}
