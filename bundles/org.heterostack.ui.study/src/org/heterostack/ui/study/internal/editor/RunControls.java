package org.heterostack.ui.study.internal.editor;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.heterostack.ui.study.StudyWorkbench;
import org.heterostack.ui.study.internal.explorer.StudyCounts;
import org.heterostack.ui.study.internal.run.RunStudyHandler;
import org.heterostack.ui.study.internal.run.RunStudyJob;
import org.heterostack.ui.study.internal.run.StudyRef;
import org.heterostack.ui.study.internal.run.StudyRuns;

/**
 * Run and Stop of the study the page shows: Run saves the editor and runs the study in the workbench's
 * {@link RunStudyJob} (resuming what an earlier run committed), Stop cancels it, and the progress line follows the
 * run. When the page shows a study that a stopped run left half done, a line offers to resume it.
 */
public final class RunControls {

    private final StudyPage page;
    private final Button runButton;
    private final Button stopButton;
    private final Label progress;
    private final Composite offer;
    private final Label offerText;
    private StudyRef study;
    private boolean following;
    private final Consumer<StudyRuns.Ended> ended = run -> Display.getDefault().asyncExec(() -> ended(run));

    RunControls(Composite parent, StudyPage page) {
        this.page = page;
        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(3, false));
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        runButton = new Button(bar, SWT.PUSH);
        runButton.setText("Run");
        runButton.setToolTipText("Save the file and run the study in the background (what earlier runs computed is "
                + "reused)");
        runButton.addListener(SWT.Selection, e -> run());
        stopButton = new Button(bar, SWT.PUSH);
        stopButton.setText("Stop");
        stopButton.setToolTipText("Stop the run; what it computed is kept, and Run resumes from there");
        stopButton.addListener(SWT.Selection, e -> stop());
        progress = new Label(bar, SWT.NONE);
        progress.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        offer = new Composite(parent, SWT.NONE);
        offer.setLayout(new GridLayout(3, false));
        offer.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        // the theme's own colours, with the workbench's information icon: the tooltip colours of some GTK themes
        // are white on near-black, which read as an error bar inside the editor
        Label icon = new Label(offer, SWT.NONE);
        icon.setImage(PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK));
        offerText = new Label(offer, SWT.WRAP);
        offerText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button resume = new Button(offer, SWT.PUSH);
        resume.setText("Resume");
        resume.addListener(SWT.Selection, e -> run());
        showOffer(null);
        StudyRuns.addListener(ended);
    }

    private void ended(StudyRuns.Ended run) {
        if (study != null && !progress.isDisposed() && run.file().equals(study.file())
                && run.summary().study().equals(study.name())) {
            follow();
            count();
        }
    }

    /** Follows another study (null: none): its run, if one is going, and whether it was left half done. */
    void show(StudyRef shown) {
        study = shown;
        follow();
        count();
    }

    /** Saves the editor and runs (or resumes) the study. */
    public void run() {
        if (study == null || job() != null) {
            return;
        }
        if (page.site().editor().isDirty()) {
            page.site().editor().getSite().getPage().saveEditor(page.site().editor(), false);
            if (page.site().editor().isDirty()) {
                return;
            }
        }
        showOffer(null);
        RunStudyHandler.schedule(study.file(), study.name());
        follow();
    }

    /** Stops the study's run, if one is going. */
    public void stop() {
        RunStudyJob job = job();
        if (job != null) {
            job.cancel();
        }
    }

    /** @return the run of the study that is going, or null */
    public RunStudyJob job() {
        return study == null ? null : Arrays.stream(Job.getJobManager().find(StudyWorkbench.RUN_FAMILY))
                .map(RunStudyJob.class::cast).filter(j -> j.file().equals(study.file())
                        && j.study().equals(study.name()) && j.getState() != Job.NONE)
                .findFirst().orElse(null);
    }

    /** Enables Run or Stop and shows the run's progress, again every half second while it goes. */
    private void follow() {
        if (progress.isDisposed()) {
            return;
        }
        RunStudyJob job = job();
        runButton.setEnabled(study != null && job == null);
        stopButton.setEnabled(job != null);
        if (job != null) {
            progress.setText(job.progress() == null ? "Starting..." : "Running: " + job.progress().text());
            if (!following) {
                following = true;
                progress.getDisplay().timerExec(500, () -> {
                    following = false;
                    follow();
                });
            }
        } else if (!progress.getText().isEmpty() && progress.getText().startsWith("Running")) {
            progress.setText("Run ended");
        }
        progress.getParent().layout(true);
    }

    /** Counts the study in the background and offers to resume when a stopped run left it half done. */
    private void count() {
        StudyRef counted = study;
        if (counted == null) {
            showOffer(null);
            return;
        }
        Job job = Job.create("Counting study '" + counted.name() + "'", (IProgressMonitor monitor) -> {
            StudyCounts counts = StudyCounts.of(counted);
            Display.getDefault().asyncExec(() -> {
                if (counted.equals(study) && !offer.isDisposed() && job() == null) {
                    showOffer(halfDone(counts) ? String.format(Locale.ROOT, "A run of '%s' was stopped with %,d of "
                            + "%,d candidates done. Resume it to compute the other %,d (what is done is reused).",
                            counted.name(), counts.done(), counts.candidates(), counts.candidates() - counts.done()
                                    - counts.failed()) : null);
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private static boolean halfDone(StudyCounts counts) {
        return counts.problem().isEmpty() && counts.cached() > 0 && counts.done() + counts.failed()
                < counts.candidates();
    }

    private void showOffer(String text) {
        offerText.setText(text == null ? "" : text);
        offer.setVisible(text != null);
        ((GridData) offer.getLayoutData()).exclude = text == null;
        offer.getParent().layout(true);
    }

    /** @return the offer to resume, null when none is shown */
    public String offer() {
        return offer.getVisible() ? offerText.getText() : null;
    }

    /** @return the progress line */
    public String progressText() {
        return progress.getText();
    }

    void dispose() {
        StudyRuns.removeListener(ended);
    }
}
