package org.heterostack.ui.study.tests;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.heterostack.ui.study.StudyWorkbench;
import org.heterostack.ui.study.internal.results.StudyResultsView;
import org.heterostack.ui.study.internal.run.RunStudyJob;
import org.heterostack.ui.study.internal.run.StudyRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Study Results view at 100,000 candidates (run with {@code ./mvnw verify -Pbench}): the spacer-screening example
 * study with 1,389 absorber thicknesses as a fourth axis (6 spacers x n = 1..4 x 3 orientations x 1,389 = 100,008
 * candidates, four engines) is run in the workbench, then the view is opened on it, sorted, filtered and unfiltered.
 * Prints the times from the request to the first rows on screen and on to every row in the table, with the CPU time
 * the process spent meanwhile (all threads: on a loaded machine the wall-clock time says less) and the load average;
 * the goals (first rows under 1 s, sort under 300 ms) are not asserted.
 */
@Tag("bench")
class StudyResultsBenchmark {

    @Test
    void openSortAndFilter100000Candidates() throws Exception {
        IFile file = Workbench.project("study-results-bench", "spacer-screening-pin.hstack")
                .getFile("spacer-screening-pin.hstack");
        Workbench.addStudyWithThicknesses(file, "bench", Integer.getInteger("heterostack.bench.thicknesses", 1389));
        long started = System.nanoTime();
        RunStudyJob run = new RunStudyJob(file, "bench", 2);
        run.schedule();
        run.join(0, new NullProgressMonitor());
        double runSeconds = (System.nanoTime() - started) / 1e9;

        StudyResultsView view = (StudyResultsView) Workbench.page().showView(StudyWorkbench.RESULTS_VIEW_ID);
        view.filter("");
        Workbench.spin(1000, () -> false);
        long candidates = run.summary().candidates();
        String open = millis(() -> view.show(List.of(new StudyRef(file, "bench"))), () -> firstRowShown(view));
        String rest = millis(() -> { }, () -> view.complete() && view.table().getItemCount() == candidates
                && firstRowShown(view));
        String metric = view.shown().columns().stream().filter(c -> c.startsWith("pce")).findFirst().orElseThrow();
        String sort = millis(() -> view.sortBy(metric, true), () -> firstRowShown(view));
        String sortAgain = millis(() -> view.sortBy("thickness", false), () -> firstRowShown(view));
        int[] filtered = new int[1];
        String filter = millis(() -> view.filter("n = 3 and orientation = VERTICAL"),
                () -> view.table().getItemCount() < candidates && firstRowShown(view));
        String filterRest = millis(() -> { }, () -> {
            filtered[0] = view.table().getItemCount();
            return view.complete() && filtered[0] < candidates && firstRowShown(view);
        });
        String unfilter = millis(() -> view.filter(""),
                () -> view.statusText().startsWith(String.format(Locale.ROOT, "%,d", candidates))
                        && firstRowShown(view));
        String unfilterRest = millis(() -> { }, () -> view.complete() && view.table().getItemCount() == candidates
                && firstRowShown(view));
        Workbench.screenshotMaximized(view, "study-results-100000");
        System.out.printf(Locale.ROOT, "study results view: %,d candidates (run in the workbench in %.1f s: %s)%n",
                candidates, runSeconds, run.summary());
        System.out.printf(Locale.ROOT, "  open, first rows on screen: %s (goal 1000 ms)%n", open);
        System.out.printf(Locale.ROOT, "  then every row read, counted in the table and charted: %s more%n", rest);
        System.out.printf(Locale.ROOT, "  sort by %s, descending: %s; by thickness: %s (goal 300 ms)%n", metric, sort,
                sortAgain);
        System.out.printf(Locale.ROOT, "  filter 'n = 3 and orientation = VERTICAL', first rows: %s; all %,d rows: %s"
                + " more%n", filter, filtered[0], filterRest);
        System.out.printf(Locale.ROOT, "  filter removed, first rows: %s; all rows: %s more%n", unfilter,
                unfilterRest);
    }

    /** Whether the table shows rows and the first has its values (sorted as asked: the view fills rows once they are). */
    private static boolean firstRowShown(StudyResultsView view) {
        return view.table().getItemCount() > 0 && !view.table().getItem(0).getText(1).isEmpty();
    }

    /**
     * Milliseconds from the action until the condition holds, running the event loop (the first rows painted), with the
     * process's CPU time meanwhile and the load average at the end.
     */
    private static String millis(Runnable action, BooleanSupplier done) {
        long cpu = cpuMillis();
        long start = System.nanoTime();
        action.run();
        Display display = Display.getCurrent();
        while (!done.getAsBoolean()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        display.update();
        return String.format(Locale.ROOT, "%.0f ms (CPU %d ms, load %.1f)", (System.nanoTime() - start) / 1e6,
                cpuMillis() - cpu, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** The CPU time of this process, all threads, from {@code /proc/self/stat} (Linux; 0 elsewhere). */
    private static long cpuMillis() {
        try {
            String[] fields = Files.readString(Path.of("/proc/self/stat")).replaceFirst("^.*\\) ", "").split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
