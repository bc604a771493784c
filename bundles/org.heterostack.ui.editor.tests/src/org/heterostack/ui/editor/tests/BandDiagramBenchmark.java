package org.heterostack.ui.editor.tests;

import static org.heterostack.ui.editor.tests.EditorTestSupport.open;
import static org.heterostack.ui.editor.tests.EditorTestSupport.page;
import static org.heterostack.ui.editor.tests.EditorTestSupport.spin;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.SetCommand;
import org.heterostack.model.HeterostackPackage;
import org.heterostack.model.Layer;
import org.heterostack.ui.editor.internal.HeterostackEditor;
import org.heterostack.ui.editor.internal.band.BandDiagramCanvas;
import org.heterostack.ui.editor.internal.band.EngineBandEdges;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Time from an edit to an updated band diagram on ba-mapbi3-nip.hstack: the model's edges (drawn at once, on the UI
 * thread) and the photophysics engine's confinement-shifted 2D edges (debounced background job). Goal: under 200 ms
 * for structure + photophysics.
 */
@Tag("bench")
class BandDiagramBenchmark {

    private static final int EDITS = 20;

    @Test
    void editToBandDiagram() throws Exception {
        IFile file = EditorTestSupport.freshExample("ba-mapbi3-nip.hstack", "band-benchmark.hstack");
        HeterostackEditor editor = open(file);
        BandDiagramCanvas bands = editor.pages().bandDiagram();
        editor.pages().tabs().setSelection(1);
        spin(30_000, () -> bands.engineEdges() != null);
        assertNotNull(bands.engineEdges());
        Layer etl = editor.document().model().getDevices().get(0).getLayers().get(1);
        long modelNanos = 0;
        long engineNanos = 0;
        long engineRunMillis = 0;
        for (int i = 0; i < EDITS; i++) {
            EngineBandEdges.Edges before = bands.engineEdges();
            double affinity = 4.0 + 0.01 * (i + 1);
            long start = System.nanoTime();
            editor.document().domain().getCommandStack().execute(SetCommand.create(editor.document().domain(), etl,
                    HeterostackPackage.Literals.SEMICONDUCTOR_PARAMETERS__ELECTRON_AFFINITY_EV, affinity));
            modelNanos += System.nanoTime() - start;
            spin(10_000, () -> bands.engineEdges() != before);
            engineNanos += System.nanoTime() - start;
            engineRunMillis += bands.lastEngineMillis();
        }
        System.out.printf("BENCH edit -> band diagram (model edges, UI thread): %.2f ms%n", modelNanos / 1e6 / EDITS);
        System.out.printf("BENCH edit -> band diagram (engine edges, incl. %d ms debounce): %.1f ms; engine run %.1f ms"
                + " (goal < 200 ms)%n", 100, engineNanos / 1e6 / EDITS, (double) engineRunMillis / EDITS);
        page().closeAllEditors(false);
    }
}
