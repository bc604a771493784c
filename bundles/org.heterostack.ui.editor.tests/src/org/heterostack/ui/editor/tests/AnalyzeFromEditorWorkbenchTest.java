package org.heterostack.ui.editor.tests;

import static org.heterostack.ui.editor.tests.EditorTestSupport.open;
import static org.heterostack.ui.editor.tests.EditorTestSupport.page;
import static org.heterostack.ui.editor.tests.EditorTestSupport.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.eclipse.core.commands.Command;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.HeterostackPackage;
import org.heterostack.model.Layer;
import org.heterostack.model.Severity;
import org.heterostack.ui.HeterostackWorkbench;
import org.heterostack.ui.editor.internal.HeterostackEditor;
import org.heterostack.ui.internal.analysis.AnalysisRecord;
import org.heterostack.ui.internal.analysis.AnalysisResultsView;
import org.heterostack.ui.internal.analysis.LatestAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Analysis > Analyze Model while the model editor has the focus analyses the editor's file (it was greyed out). */
class AnalyzeFromEditorWorkbenchTest {

    private static final String DETAILED_BALANCE = "org.heterostack.engine.device.detailedbalance";

    @AfterEach
    void closeEditors() {
        page().closeAllEditors(false);
    }

    @Test
    void analyzeModelActsOnTheActiveEditorsModel() throws Exception {
        IFile file = EditorTestSupport.freshExample("ba-mapbi3-nip.hstack", "analyze-from-editor.hstack");
        HeterostackEditor editor = open(file);
        page().activate(editor);
        editor.setFocus();
        Command analyze = page().getWorkbenchWindow().getService(ICommandService.class)
                .getCommand(HeterostackWorkbench.ANALYZE_MODEL_COMMAND_ID);
        spin(2_000, analyze::isEnabled);
        assertTrue(analyze.isEnabled(), "Analyze Model is not greyed out while the editor has the focus");

        Object job = page().getWorkbenchWindow().getService(IHandlerService.class)
                .executeCommand(HeterostackWorkbench.ANALYZE_MODEL_COMMAND_ID, null);
        assertTrue(job instanceof Job, "the editor's handler ran: " + job);
        assertTrue(((Job) job).join(120_000, new NullProgressMonitor()), "the analysis did not finish in 2 minutes");
        assertTrue(((Job) job).getResult().isOK(), ((Job) job).getResult().toString());
        String path = file.getFullPath().toString();
        spin(3_000, () -> LatestAnalysis.get().map(r -> r.file().equals(path)).orElse(false)
                && page().findView(HeterostackWorkbench.ANALYSIS_RESULTS_VIEW_ID) != null);
        AnalysisRecord record = LatestAnalysis.get().orElseThrow();
        assertEquals(path, record.file(), "the editor's file was analysed");
        assertTrue(record.results().stream().anyMatch(r -> r.getTarget().getName().equals("BA-MAPbI3-nip")),
                record.results().toString());
        assertNotNull(page().findView(HeterostackWorkbench.ANALYSIS_RESULTS_VIEW_ID), "the results are shown");
        AnalysisResultsView view = (AnalysisResultsView) page().findView(HeterostackWorkbench.ANALYSIS_RESULTS_VIEW_ID);
        AnalysisResult jv = view.shownResults().stream().filter(r -> r.getEngineId().equals(DETAILED_BALANCE))
                .filter(r -> r.getTarget().getName().equals("BA-MAPbI3-nip"))
                .findFirst().orElseThrow(() -> new AssertionError("the device engines ran: " + view.shownResults()));
        view.viewer().setSelection(new StructuredSelection(jv), true);
        spin(500, () -> false);
        assertEquals(1, view.chartFigures().size(), "the J-V curve's Jsc, Voc and MPP are marked");
        EditorTestSupport.screenshot("editor-analyze-model");
        followsEdits(editor, record);
    }

    /**
     * Live re-analysis: an edit re-runs the structure and photophysics results on the edited model and publishes the
     * run again; device and stability results are kept, marked as from before the edit.
     */
    private static void followsEdits(HeterostackEditor editor, AnalysisRecord before) {
        Layer absorber = editor.document().model().getDevices().get(0).getLayers().get(2);
        Instant edit = Instant.now();
        editor.document().domain().getCommandStack().execute(SetCommand.create(editor.document().domain(), absorber,
                HeterostackPackage.Literals.LAYER__THICKNESS_NM, 450.0));
        spin(20_000, () -> LatestAnalysis.get().orElseThrow() != before);
        AnalysisRecord after = LatestAnalysis.get().orElseThrow();
        assertTrue(after != before, "the run was published again after the edit");
        assertEquals(before.results().size(), after.results().size());
        for (AnalysisResult result : after.results()) {
            boolean fast = result.getCategory() == EngineCategory.STRUCTURE
                    || result.getCategory() == EngineCategory.PHOTOPHYSICS;
            boolean marked = result.getMessages().stream().anyMatch(m -> m.getSeverity() == Severity.WARNING
                    && m.getText().startsWith("from before the last edit"));
            assertEquals(!fast, marked, result.getEngineId() + " on " + result.getTarget().getName());
            if (fast) {
                assertTrue(!result.getProvenance().getTimestamp().isBefore(edit.minusSeconds(1)),
                        "re-run after the edit: " + result.getEngineId());
            }
        }
        assertFalse(editor.document().model().getResults().size() > 0, "the editor's model is not touched");
        AnalysisResultsView view = (AnalysisResultsView) page().findView(HeterostackWorkbench.ANALYSIS_RESULTS_VIEW_ID);
        spin(2_000, () -> view.shownRecord().orElse(null) == after);
        AnalysisResult stale = after.results().stream().filter(r -> r.getEngineId().equals(DETAILED_BALANCE))
                .findFirst().orElseThrow();
        view.viewer().setSelection(new StructuredSelection(stale), true);
        spin(500, () -> false);
        assertTrue(view.detailsText().contains("from before the last edit"), view.detailsText());
        EditorTestSupport.screenshot("editor-live-results");
    }
}
