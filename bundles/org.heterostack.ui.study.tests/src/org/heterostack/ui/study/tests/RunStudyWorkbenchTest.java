package org.heterostack.ui.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.navigator.CommonNavigator;
import org.heterostack.study.StudySummary;
import org.heterostack.ui.study.StudyWorkbench;
import org.heterostack.ui.study.internal.run.RunProgress;
import org.heterostack.ui.study.internal.run.RunStudyJob;
import org.heterostack.ui.study.internal.run.StudyRef;
import org.junit.jupiter.api.Test;

/**
 * "Run Study" on the spacer-screening example with 40 absorber thicknesses as a fourth axis (2,880 candidates, 4
 * engines; with 720, a quiet machine finished the run before the test could stop it): the run shows its progress, is
 * stopped, resumes where it stopped, and a third run reuses everything.
 */
class RunStudyWorkbenchTest {

    private static final String STUDY = "thicknesses";

    @Test
    void aStudyRunsStopsAndResumesWhereItStopped() throws Exception {
        IProject project = Workbench.project("study-run-test", "spacer-screening-pin.hstack");
        IFile file = project.getFile("spacer-screening-pin.hstack");
        Workbench.addStudyWithThicknesses(file, STUDY, 40);
        IViewPart progressView = Workbench.page().showView(IPageLayout.ID_PROGRESS_VIEW);

        RunStudyJob first = runFromTheProjectExplorer(file);
        Workbench.poll(120_000, () -> first.progress() != null && first.progress().done() >= 20);
        RunProgress running = first.progress();
        assertNotNull(running, "the run reports its progress");
        assertEquals(2880, running.total());
        Workbench.screenshotMaximized(progressView, "study-run-progress");
        first.cancel();
        assertTrue(first.join(120_000, new NullProgressMonitor()));
        assertEquals(IStatus.CANCEL, first.getResult().getSeverity(), first.getResult().toString());
        StudySummary stopped = first.summary();
        assertTrue(stopped.cancelled() && stopped.computed() > 0 && stopped.computed() < 11520, stopped.toString());
        assertTrue(first.getResult().getMessage().contains("Run Study again to resume"), first.getResult().getMessage());

        RunStudyJob second = runFromTheProjectExplorer(file);
        assertTrue(second.join(300_000, new NullProgressMonitor()), "the resumed run did not end in 5 minutes");
        assertTrue(second.getResult().isOK(), second.getResult().toString());
        StudySummary resumed = second.summary();
        assertEquals(stopped.computed(), resumed.cached(), "what the stopped run committed is reused, nothing more");
        assertEquals(11520, resumed.computed() + resumed.cached(), resumed.toString());
        assertEquals(0, resumed.failed(), resumed.toString());
        assertEquals(resumed.cached(), second.progress().cacheHits(), "the progress counts the cache hits");
        assertEquals(2880, second.progress().done());
        assertTrue(second.progress().text().startsWith("2,880 / 2,880 candidates, "
                + String.format(Locale.ROOT, "%,d", resumed.cached()) + " cache hits, 0 failed, "),
                second.progress().text());

        RunStudyJob third = runFromTheProjectExplorer(file);
        assertTrue(third.join(120_000, new NullProgressMonitor()));
        assertEquals(new StudySummary(STUDY, 2880, 11520, 0, 11520, 0, third.summary().seconds(), false), third.summary());
        assertTrue(project.getFolder("spacer-screening-pin.results/" + STUDY).exists(),
                "the results folder is in the workspace");
    }

    /** Selects the study in the Project Explorer and runs "Run Study" on it; returns the scheduled job. */
    private static RunStudyJob runFromTheProjectExplorer(IFile file) throws Exception {
        CommonNavigator explorer = (CommonNavigator) Workbench.page().showView(IPageLayout.ID_PROJECT_EXPLORER);
        explorer.getCommonViewer().expandToLevel(file, 1);
        explorer.getCommonViewer().setSelection(new StructuredSelection(new StudyRef(file, STUDY)), true);
        assertEquals(new StudyRef(file, STUDY), explorer.getCommonViewer().getStructuredSelection().getFirstElement(),
                "the study is selected in the Project Explorer");
        Workbench.spin(200, () -> false);
        explorer.getSite().getService(IHandlerService.class).executeCommand(StudyWorkbench.RUN_STUDY_COMMAND_ID, null);
        Job[] jobs = Job.getJobManager().find(StudyWorkbench.RUN_FAMILY);
        assertEquals(1, jobs.length, Arrays.toString(jobs));
        return (RunStudyJob) jobs[0];
    }
}
