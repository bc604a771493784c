package org.heterostack.ui.study.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.heterostack.model.AxisKind;
import org.heterostack.model.AxisRange;
import org.heterostack.model.EnginePin;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.ParameterAxis;
import org.heterostack.model.Study;
import org.heterostack.model.io.ModelFiles;
import org.heterostack.ui.study.StudyWorkbench;
import org.heterostack.ui.study.internal.results.StudyResultsView;
import org.heterostack.ui.study.internal.run.RunStudyJob;
import org.heterostack.ui.study.internal.run.StudyRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Study Results view at 100,000 candidates (run with {@code ./mvnw verify -Pbench}): a sweep of the p-i-n example
 * cell (5 spacers x n = 1..5 x 4 orientations x 1,000 absorber thicknesses; structure, photophysics and detailed
 * balance) is run in the workbench, then the view is opened on it, sorted and filtered. Prints the times from the
 * request to the first rows on screen; the goals (first rows under 1 s, sort under 300 ms) are not asserted.
 */
@Tag("bench")
class StudyResultsBenchmark {

    @Test
    void openSortAndFilter100000Candidates() throws Exception {
        IFile file = Workbench.project("study-results-bench", "spacer-screening-pin.hstack")
                .getFile("spacer-screening-pin.hstack");
        Path path = file.getLocation().toPath();
        HeterostackModel model = ModelFiles.load(path).model();
        model.getStudies().add(sweep(model, Integer.getInteger("heterostack.bench.thicknesses", 1000)));
        ModelFiles.save(model, path);
        file.refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());
        long started = System.nanoTime();
        RunStudyJob run = new RunStudyJob(file, "bench", 2);
        run.schedule();
        run.join(0, new NullProgressMonitor());
        double runSeconds = (System.nanoTime() - started) / 1e9;

        StudyResultsView view = (StudyResultsView) Workbench.page().showView(StudyWorkbench.RESULTS_VIEW_ID);
        view.filter("");
        Workbench.spin(1000, () -> false);
        long candidates = run.summary().candidates();
        double open = millis(() -> view.show(List.of(new StudyRef(file, "bench"))),
                () -> view.table().getItemCount() == candidates && !view.table().getItem(0).getText(1).isEmpty());
        String metric = view.shown().columns().stream().filter(c -> c.startsWith("pce")).findFirst().orElseThrow();
        double sort = millis(() -> view.sortBy(metric, true), () -> !view.table().getItem(0).getText(1).isEmpty());
        double sortAgain = millis(() -> view.sortBy("thickness", false),
                () -> !view.table().getItem(0).getText(1).isEmpty());
        int[] filtered = new int[1];
        double filter = millis(() -> view.filter("n = 3 and orientation = VERTICAL"), () -> {
            filtered[0] = view.table().getItemCount();
            return view.shown() != null && filtered[0] < candidates && filtered[0] > 0
                    && !view.table().getItem(0).getText(1).isEmpty();
        });
        Workbench.screenshotMaximized(view, "study-results-100000");
        System.out.printf(Locale.ROOT, "study results view: %,d candidates (run in the workbench in %.1f s: %s)%n",
                candidates, runSeconds, run.summary());
        System.out.printf(Locale.ROOT, "  open (query, table, first rows): %.0f ms (goal 1000 ms)%n", open);
        System.out.printf(Locale.ROOT, "  sort by %s, descending: %.0f ms; by thickness: %.0f ms (goal 300 ms)%n",
                metric, sort, sortAgain);
        System.out.printf(Locale.ROOT, "  filter 'n = 3 and orientation = VERTICAL' (%,d rows): %.0f ms%n",
                filtered[0], filter);
    }

    /** Milliseconds from the action until the condition holds, running the event loop (the first rows painted). */
    private static double millis(Runnable action, BooleanSupplier done) {
        long start = System.nanoTime();
        action.run();
        Display display = Display.getCurrent();
        while (!done.getAsBoolean()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        display.update();
        return (System.nanoTime() - start) / 1e6;
    }

    private static Study sweep(HeterostackModel model, int thicknesses) {
        HeterostackFactory f = HeterostackFactory.eINSTANCE;
        Study study = f.createStudy();
        study.setName("bench");
        study.setBaseline(model.findByName("3FPEA-pin"));
        study.getAxes().add(list(AxisKind.MATERIAL, "spacer", "PEA", "3F-PEA", "BzA", "PEAMA", "BA"));
        study.getAxes().add(list(AxisKind.N, "n", "1", "2", "3", "4", "5"));
        study.getAxes().add(list(AxisKind.ORIENTATION, "orientation", "PARALLEL", "VERTICAL", "RANDOM", "OBLIQUE"));
        ParameterAxis thickness = f.createParameterAxis();
        thickness.setName("thickness");
        thickness.setPath("layers[absorber].thicknessNm");
        thickness.setUnit("nm");
        thickness.setRange(AxisRange.LINEAR);
        thickness.setFrom(300.0);
        thickness.setTo(800.0);
        thickness.setCount(thicknesses);
        study.getAxes().add(thickness);
        study.getEngines().add(pin("org.heterostack.engine.structure.layered", "layers[absorber].heterostructure"));
        study.getEngines().add(pin("org.heterostack.engine.photophysics.empirical", ""));
        EnginePin detailedBalance = pin("org.heterostack.engine.device.detailedbalance", "");
        detailedBalance.getSettings().put("absorptance", "finite_thickness");
        study.getEngines().add(detailedBalance);
        return study;
    }

    private static ParameterAxis list(AxisKind kind, String name, String... values) {
        ParameterAxis axis = HeterostackFactory.eINSTANCE.createParameterAxis();
        axis.setName(name);
        axis.setKind(kind);
        axis.getValues().addAll(List.of(values));
        return axis;
    }

    private static EnginePin pin(String id, String target) {
        EnginePin pin = HeterostackFactory.eINSTANCE.createEnginePin();
        pin.setEngineId(id);
        pin.setVersion("1.0.0");
        pin.setTarget(target);
        return pin;
    }
}
