package org.heterostack.ui.study;

/**
 * Identifiers of the study workbench that other bundles and tests may rely on: its commands, views and wizard.
 */
public final class StudyWorkbench {

    /** "Analysis > Run Study": runs (or resumes) a study of the selected model file as a background job. */
    public static final String RUN_STUDY_COMMAND_ID = "org.heterostack.ui.study.runStudy";

    /** The job family of every study run, for {@code IJobManager.find} and {@code join}. */
    public static final Object RUN_FAMILY = StudyWorkbench.class.getName() + ".run";

    private StudyWorkbench() {
    }
}
