package org.heterostack.ui.study.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.heterostack.model.Study;
import org.heterostack.model.io.ModelFiles;
import org.heterostack.study.StudySummary;
import org.heterostack.ui.study.internal.run.RunStudyJob;
import org.heterostack.ui.study.internal.wizard.NewStudyWizard;
import org.heterostack.ui.study.internal.wizard.StudyPage;
import org.junit.jupiter.api.Test;

/** The New Study wizard on the example p-i-n cell: 3 spacers x n = 1..4 x 2 orientations, counted, created and run. */
class NewStudyWizardTest {

    private static final List<String> ENGINES = List.of("org.heterostack.engine.structure.layered",
            "org.heterostack.engine.photophysics.empirical", "org.heterostack.engine.device.detailedbalance",
            "org.heterostack.engine.stability.ageing");

    @Test
    void aStudyMadeWithTheWizardShowsItsCandidatesAndRuns() throws Exception {
        IFile file = Workbench.project("study-wizard-test", "spacer-screening-pin.hstack")
                .getFile("spacer-screening-pin.hstack");
        NewStudyWizard wizard = new NewStudyWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
        assertNull(wizard.problem());
        WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            StudyPage page = wizard.page();
            assertNotNull(page);
            assertTrue(!page.isPageComplete() && page.getErrorMessage().startsWith("Choose the engines"),
                    page.getErrorMessage());
            page.check(true, List.of("PEA", "BA", "BzA"));
            page.axes(1, 4, List.of("PARALLEL", "VERTICAL"));
            page.check(false, ENGINES);
            assertEquals(24, page.candidates(), page.getErrorMessage());
            assertEquals("24 candidates, 96 evaluations", page.candidatesText());
            assertTrue(page.isPageComplete());
            Workbench.screenshot(dialog.getShell(), "study-new-wizard");
            assertTrue(wizard.performFinish());
        } finally {
            dialog.close();
        }
        Study made = ModelFiles.load(file.getLocation().toPath()).model().getStudies().stream()
                .filter(s -> s.getName().equals("study-2")).findFirst().orElseThrow();
        assertEquals(List.of("spacer", "n", "orientation"), made.getAxes().stream().map(a -> a.getName()).toList());
        assertEquals("layers[absorber].heterostructure", made.getEngines().stream()
                .filter(e -> e.getEngineId().equals(ENGINES.get(0))).findFirst().orElseThrow().getTarget(),
                "the structure engine analyses the absorber's heterostructure");

        RunStudyJob run = new RunStudyJob(file, "study-2", 2);
        run.schedule();
        assertTrue(run.join(300_000, new NullProgressMonitor()));
        assertEquals(new StudySummary("study-2", 24, 96, 96, 0, 0, run.summary().seconds(), false), run.summary());
    }
}
