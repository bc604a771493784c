package org.heterostack.ui;

import org.eclipse.ui.IPageLayout;

/**
 * Identifiers of the Heterostack workbench that other bundles and tests may rely on: the perspective, its
 * views, the project nature, the new-project wizard and the analysis command and preferences. They are part of the workbench's stable contract.
 */
public final class HeterostackWorkbench {

    /** The Heterostack perspective, opened in every new workbench window. */
    public static final String PERSPECTIVE_ID = "org.heterostack.ui.perspective";

    /** The project nature every Heterostack project carries. */
    public static final String NATURE_ID = "org.heterostack.ui.nature";

    /** The "New > Heterostack Project" wizard. */
    public static final String NEW_PROJECT_WIZARD_ID = "org.heterostack.ui.newProject";

    /** The Error Log view of {@code org.eclipse.ui.views.log}. */
    public static final String ERROR_LOG_VIEW_ID = "org.eclipse.pde.runtime.LogView";

    /** The p2 "Install New Software..." command contributed by {@code org.eclipse.equinox.p2.ui.sdk}. */
    public static final String INSTALL_SOFTWARE_COMMAND_ID = "org.eclipse.equinox.p2.ui.sdk.install";

    /** The p2 "Installation Details" command, placed in the Help menu by this bundle. */
    public static final String INSTALLATION_DETAILS_COMMAND_ID = "org.eclipse.equinox.p2.ui.sdk.installationDetails";

    /** The Analysis Results view: the results of the last "Analyze Model" run. */
    public static final String ANALYSIS_RESULTS_VIEW_ID = "org.heterostack.ui.analysisResults";

    /** "Analysis > Analyze Model": runs the preferred engines on the objects of the selected model file. */
    public static final String ANALYZE_MODEL_COMMAND_ID = "org.heterostack.ui.analyzeModel";

    /** Preferences > Heterostack > Analysis Engines: the preferred engine per category. */
    public static final String ENGINE_PREFERENCE_PAGE_ID = "org.heterostack.ui.preferences.engines";

    /** Preferences > Heterostack > Engine Settings: the values "Analyze Model" gives each engine's settings. */
    public static final String ENGINE_SETTINGS_PAGE_ID = "org.heterostack.ui.preferences.engineSettings";

    /** Every view the Heterostack perspective shows, in the order they are laid out. */
    public static final String[] PERSPECTIVE_VIEW_IDS = { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROP_SHEET,
            ANALYSIS_RESULTS_VIEW_ID, IPageLayout.ID_PROBLEM_VIEW, IPageLayout.ID_PROGRESS_VIEW, ERROR_LOG_VIEW_ID };

    /**
     * Printed on standard output once the first workbench window is open, followed by the milliseconds since
     * the JVM started and the CPU time the process has used by then ({@code HETEROSTACK-WORKBENCH-READY 5321 ms,
     * CPU 7890 ms}), so that scripts and smoke tests can tell the workbench is up and measure its start.
     */
    public static final String READY_MARKER = "HETEROSTACK-WORKBENCH-READY";

    /**
     * System property: when {@code true} the workbench closes itself right after its first window opened
     * (used by the product smoke test and start-up measurements).
     */
    public static final String EXIT_AFTER_STARTUP_PROPERTY = "heterostack.exitAfterStartup";

    private HeterostackWorkbench() {
    }
}
