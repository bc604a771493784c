package org.heterostack.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.swt.widgets.TreeItem;
import org.heterostack.engine.EngineRegistryLookup;
import org.heterostack.engine.EngineSelector;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.ResultStatus;
import org.heterostack.ui.HeterostackWorkbench;
import org.heterostack.ui.internal.analysis.AnalysisJob;
import org.heterostack.ui.internal.analysis.EngineSettingPreferences;
import org.heterostack.ui.internal.analysis.EngineSettingsPreferencePage;
import org.heterostack.ui.internal.analysis.LatestAnalysis;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Preferences > Heterostack > Engine Settings, and "Analyze Model" running the engines with those values. */
class EngineSettingsWorkbenchTest {

    private static final String QUANTUM_WELL = "org.heterostack.engine.photophysics.quantumwell";
    private static final String BARRIER_PERMITTIVITY = "barrier_permittivity";

    @AfterEach
    void restoreDefaults() {
        EngineSettingPreferences.store(QUANTUM_WELL, Map.of());
    }

    private static IAnalysisEngine quantumWell() {
        return EngineRegistryLookup.registry().find(EngineSelector.anyVersion(QUANTUM_WELL)).orElseThrow();
    }

    /** A value the engine would refuse marks the page invalid with the engine's message; a good one is stored. */
    @Test
    void thePageValidatesAndStoresAnEngineSetting() {
        PreferenceDialog dialog = UiTestSupport.openPreferences(HeterostackWorkbench.ENGINE_SETTINGS_PAGE_ID);
        try {
            EngineSettingsPreferencePage page = (EngineSettingsPreferencePage) dialog.getSelectedPage();
            page.selectEngine(QUANTUM_WELL);
            assertEquals(quantumWell().settings().size(), page.viewer().getTable().getItemCount(),
                    "one row per declared setting");
            page.setValue(BARRIER_PERMITTIVITY, "three");
            assertFalse(page.isValid());
            assertEquals("setting 'barrier_permittivity' of engine " + QUANTUM_WELL + " is 'three', not a number",
                    page.getErrorMessage());
            page.setValue(BARRIER_PERMITTIVITY, "3.3");
            assertTrue(page.isValid());
            assertNull(page.getErrorMessage());
            UiTestSupport.screenshotOfDialog(dialog.getShell(), "engine-settings");
            assertTrue(page.performOk());
        } finally {
            dialog.close();
        }
        assertEquals(Map.of(BARRIER_PERMITTIVITY, "3.3"), EngineSettingPreferences.overrides(quantumWell()));
    }

    /** Preferences list Heterostack's pages and not Eclipse's version-control (Team) pages, which it does not use. */
    @Test
    void preferencesShowNoVersionControlPages() {
        PreferenceDialog dialog = UiTestSupport.openPreferences(HeterostackWorkbench.ENGINE_SETTINGS_PAGE_ID);
        try {
            List<String> pages = Arrays.stream(dialog.getTreeViewer().getTree().getItems()).map(TreeItem::getText)
                    .toList();
            assertTrue(pages.contains("Heterostack"), pages.toString());
            assertFalse(pages.stream().anyMatch(page -> page.contains("Team") || page.contains("Version Control")),
                    pages.toString());
        } finally {
            dialog.close();
        }
    }

    /** "Analyze Model" gives the engine the stored value: it is in the provenance and changes the result. */
    @Test
    void analyzeModelRunsTheEngineWithTheStoredSetting() throws Exception {
        double alkyl = bindingEnergy(quantumWellResult());
        EngineSettingPreferences.store(QUANTUM_WELL, Map.of(BARRIER_PERMITTIVITY, "3.3"));
        AnalysisResult aromatic = quantumWellResult();
        assertEquals("3.3", aromatic.getProvenance().getSettings().get(BARRIER_PERMITTIVITY));
        assertTrue(bindingEnergy(aromatic) < alkyl, "a more polarisable barrier (3.3, aromatic) binds the exciton less: "
                + bindingEnergy(aromatic) + " meV vs " + alkyl + " meV");
    }

    private static double bindingEnergy(AnalysisResult result) {
        return result.getQuantities().stream().filter(q -> q.getKey().equals("exciton_binding_energy")).findFirst()
                .orElseThrow().getValue();
    }

    private static AnalysisResult quantumWellResult() throws Exception {
        AnalysisJob job = new AnalysisJob(UiTestSupport.example("ba-mapbi3-nip.hstack"), EngineRegistryLookup.registry(),
                false);
        job.schedule();
        assertTrue(job.join(120_000, new NullProgressMonitor()), "the analysis did not finish in 2 minutes");
        List<AnalysisResult> results = LatestAnalysis.get().orElseThrow().results();
        AnalysisResult result = results.stream().filter(r -> r.getEngineId().equals(QUANTUM_WELL))
                .filter(r -> r.getTarget().getName().equals("BA2PbI4")).findFirst().orElseThrow();
        assertEquals(ResultStatus.OK, result.getStatus(), result.toString());
        return result;
    }
}
