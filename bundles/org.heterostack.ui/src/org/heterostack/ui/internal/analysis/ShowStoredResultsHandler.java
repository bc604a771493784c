package org.heterostack.ui.internal.analysis;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.heterostack.engine.EngineRegistryLookup;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.io.LoadResult;
import org.heterostack.model.io.ModelFiles;

/**
 * "Show Stored Results": the results a model file holds (written by "Analyze Model and Store Results" or by
 * another tool) in the Analysis Results view, without running anything.
 */
public class ShowStoredResultsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        Optional<IFile> file = AnalyzeModelHandler.selectedModelFile(window,
                HandlerUtil.getCurrentStructuredSelection(event), "Show Stored Results");
        if (file.isEmpty()) {
            return null;
        }
        LoadResult loaded = ModelFiles.load(Path.of(file.get().getLocation().toOSString()));
        if (!loaded.ok()) {
            MessageDialog.openError(window.getShell(), "Show Stored Results", "Cannot read "
                    + file.get().getFullPath() + ": " + loaded.errors().get(0));
            return null;
        }
        HeterostackModel model = loaded.model();
        if (model.getResults().isEmpty()) {
            MessageDialog.openInformation(window.getShell(), "Show Stored Results", file.get().getFullPath()
                    + " holds no results; Analysis > Analyze Model and Store Results writes them.");
            return null;
        }
        LatestAnalysis.publish(stored(file.get(), model));
        AnalyzeModelHandler.showResults(window);
        return null;
    }

    /**
     * @param file  the model file (its workspace path labels the record)
     * @param model the loaded model
     * @return its stored results as a record, with the names of the engines that are installed
     */
    public static AnalysisRecord stored(IFile file, HeterostackModel model) {
        return new AnalysisRecord(file.getFullPath() + ResultMarkers.STORED_SUFFIX, Instant.now(), model.getResults(),
                installedEngineNames());
    }

    /** Names of the installed engines; results of engines no longer installed show their id. */
    private static Map<String, String> installedEngineNames() {
        Map<String, String> names = new HashMap<>();
        try {
            for (IAnalysisEngine engine : EngineRegistryLookup.registry().engines()) {
                names.put(engine.descriptor().id(), engine.descriptor().name());
            }
        } catch (IllegalStateException e) {
            // no registry: the view shows engine ids
        }
        return names;
    }
}
