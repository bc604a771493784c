package org.heterostack.ui.study;

/**
 * Identifiers of the study workbench that other bundles and tests may rely on: its commands, views and wizard.
 */
public final class StudyWorkbench {

    /** "Analysis > Run Study": runs (or resumes) a study of the selected model file as a background job. */
    public static final String RUN_STUDY_COMMAND_ID = "org.heterostack.ui.study.runStudy";

    /** "Analysis > Show Study Results": the candidates of the selected studies (or models' studies) in one table. */
    public static final String SHOW_RESULTS_COMMAND_ID = "org.heterostack.ui.study.showResults";

    /** The Study Results view: a virtual table of candidates, their comparison, charts and exports. */
    public static final String RESULTS_VIEW_ID = "org.heterostack.ui.study.results";

    /** The job family of every study run, for {@code IJobManager.find} and {@code join}. */
    public static final Object RUN_FAMILY = StudyWorkbench.class.getName() + ".run";

    private StudyWorkbench() {
    }
}
