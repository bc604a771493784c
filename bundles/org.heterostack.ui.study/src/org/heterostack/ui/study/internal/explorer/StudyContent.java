package org.heterostack.ui.study.internal.explorer;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.heterostack.ui.study.internal.run.StudyFiles;
import org.heterostack.ui.study.internal.run.StudyRef;
import org.heterostack.ui.study.internal.run.StudyRuns;

/**
 * The Project Explorer's studies: under each {@code .hstack} model its studies, labelled with their
 * {@link StudyCounts}, which are counted in the background (again after every run, and after the file changed), then
 * the Project Explorer's label of the study is updated.
 */
public final class StudyContent implements ITreeContentProvider {

    private static final Map<StudyRef, Counted> COUNTS = new ConcurrentHashMap<>();
    private static final Set<StudyRef> PENDING = ConcurrentHashMap.newKeySet();
    /** Studies of at most this many points are counted at once (milliseconds), larger ones in the background. */
    private static final long SMALL = 10_000;
    private final Consumer<StudyRuns.Ended> recount = run -> {
        StudyRef study = new StudyRef(run.file(), run.summary().study());
        COUNTS.remove(study);
        if (PENDING.add(study)) {
            count(study);
        }
    };

    /** Listens to study runs. */
    public StudyContent() {
        StudyRuns.addListener(recount);
    }

    @Override
    public Object[] getElements(Object input) {
        return getChildren(input);
    }

    @Override
    public Object[] getChildren(Object parent) {
        if (parent instanceof IFile file && "hstack".equals(file.getFileExtension()) && file.getLocation() != null) {
            return StudyFiles.studyNames(file).stream().map(name -> new StudyRef(file, name)).toArray();
        }
        return new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof StudyRef study ? study.file() : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof IFile file && "hstack".equals(file.getFileExtension()) && file.getLocation() != null;
    }

    @Override
    public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
        // the counts do not depend on the input; labels are updated in the Project Explorer when they are counted
    }

    /**
     * @param study a study
     * @return its counts, or null while a large study is being counted in the background (its label is updated when
     *         it is)
     */
    static StudyCounts counts(StudyRef study) {
        Counted counted = COUNTS.get(study);
        if (counted != null && counted.stamp() == study.file().getModificationStamp()) {
            return counted.counts();
        }
        StudyCounts small = StudyCounts.ofSmall(study, SMALL);
        if (small != null) {
            COUNTS.put(study, new Counted(study.file().getModificationStamp(), small));
            return small;
        }
        if (PENDING.add(study)) {
            count(study);
        }
        return null;
    }

    private static void count(StudyRef study) {
        Job job = Job.create("Counting study '" + study.name() + "'", (IProgressMonitor monitor) -> {
            try {
                long stamp = study.file().getModificationStamp();
                StudyCounts counts;
                try {
                    counts = StudyCounts.of(study);
                } catch (RuntimeException e) {
                    ILog.of(StudyContent.class).error("Cannot count study '" + study.name() + "'", e);
                    counts = new StudyCounts(0, 0, 0, 0, "cannot be counted: " + e);
                }
                COUNTS.put(study, new Counted(stamp, counts));
            } finally {
                PENDING.remove(study);
            }
            Display.getDefault().asyncExec(() -> updateLabel(study));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** Updates the labels of the study's model file and its studies in the Project Explorer of every window. */
    private static void updateLabel(StudyRef study) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                if (page.findView(IPageLayout.ID_PROJECT_EXPLORER) instanceof CommonNavigator explorer
                        && !explorer.getCommonViewer().getControl().isDisposed()) {
                    explorer.getCommonViewer().refresh(study.file(), true);
                }
            }
        }
    }

    private record Counted(long stamp, StudyCounts counts) {
    }

    @Override
    public void dispose() {
        StudyRuns.removeListener(recount);
    }
}
