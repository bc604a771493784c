package org.heterostack.ui.internal.analysis;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceRuleFactory;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.AnalysisTargets;
import org.heterostack.engine.IEngineRegistry;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Severity;
import org.heterostack.model.io.LoadResult;
import org.heterostack.model.io.ModelFiles;
import org.heterostack.model.validation.ModelProblem;
import org.heterostack.model.validation.ModelValidation;
import org.heterostack.study.EngineChoices;
import org.heterostack.study.RunPlan;
import org.heterostack.study.StoredResults;

/**
 * Runs the {@link RunPlan} of a model file ({@link #plan}) in the background (never on the UI thread), with progress and
 * cancellation, each engine with the user's {@link EngineSettingPreferences}, and publishes the results as the
 * {@link LatestAnalysis}. A file that does not load ends the job with an error that names the file and its first
 * problem. The file is only read, unless the job stores the results: then they replace the model's earlier
 * results of the same object and engine, and the file is written atomically (a failed write leaves it as it was).
 */
public final class AnalysisJob extends Job {

    private static final String PLUGIN_ID = "org.heterostack.ui";

    private final IFile file;
    private final IEngineRegistry registry;
    private final boolean store;

    /**
     * @param file     a {@code .hstack} file of the workspace
     * @param registry the installed engines
     * @param store    whether to write the results into the model file
     */
    public AnalysisJob(IFile file, IEngineRegistry registry, boolean store) {
        super("Analyzing " + file.getName());
        this.file = file;
        this.registry = registry;
        this.store = store;
        setUser(true);
        IResourceRuleFactory rules = file.getWorkspace().getRuleFactory();
        setRule(store ? MultiRule.combine(rules.modifyRule(file), rules.refreshRule(file)) : file);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        if (file.getLocation() == null) {
            return new Status(IStatus.ERROR, PLUGIN_ID, "Cannot analyze " + file.getFullPath()
                    + ": it is not on the local file system");
        }
        LoadResult loaded = ModelFiles.load(Path.of(file.getLocation().toOSString()));
        if (!loaded.ok()) {
            return new Status(IStatus.ERROR, PLUGIN_ID, "Cannot analyze " + file.getFullPath() + ": "
                    + loaded.errors().get(0));
        }
        IStatus invalid = validationErrors(loaded.model());
        if (invalid != null) {
            return invalid;
        }
        RunPlan plan = plan(loaded.model(), registry);
        if (plan.isEmpty()) {
            return new Status(IStatus.ERROR, PLUGIN_ID, "No installed engine applies to the objects of "
                    + file.getFullPath());
        }
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 2);
        List<AnalysisResult> results;
        try {
            results = plan.execute(new AnalysisRunner(), progress.split(1));
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (IllegalArgumentException e) {
            return new Status(IStatus.ERROR, PLUGIN_ID, "Cannot analyze " + file.getFullPath()
                    + ": an engine setting of the preferences is not valid: " + e.getMessage());
        }
        Map<String, String> names = new HashMap<>();
        plan.runs().forEach(run -> names.put(run.engine().descriptor().id(), run.engine().descriptor().name()));
        LatestAnalysis.publish(new AnalysisRecord(file.getFullPath().toString(), Instant.now(), results, names));
        return store ? store(loaded.model(), results, progress.newChild(1)) : Status.OK_STATUS;
    }

    /**
     * What Analyze Model runs: the study layer's plan for the user's preferred engines ({@link EnginePreferences}),
     * each engine with the user's {@link EngineSettingPreferences}, on every material, heterostructure and device.
     *
     * @param model    the model
     * @param registry the installed engines
     * @return the plan
     */
    public static RunPlan plan(HeterostackModel model, IEngineRegistry registry) {
        return RunPlan.chosen(registry, AnalysisTargets.of(model),
                EngineChoices.preferred(EnginePreferences::preferredEngineId), EngineSettingPreferences::overrides);
    }

    /** Like the CLI: a model the validator rejects is not analysed; the status lists every error. */
    private IStatus validationErrors(HeterostackModel model) {
        List<ModelProblem> errors = ModelValidation.validate(model).stream()
                .filter(problem -> problem.severity() == Severity.ERROR).toList();
        if (errors.isEmpty()) {
            return null;
        }
        MultiStatus status = new MultiStatus(PLUGIN_ID, 0, file.getFullPath() + " is not a valid model ("
                + errors.size() + (errors.size() == 1 ? " error" : " errors") + "); nothing was analysed", null);
        errors.forEach(error -> status.add(new Status(IStatus.ERROR, PLUGIN_ID, error.message())));
        return status;
    }

    private IStatus store(HeterostackModel model, List<AnalysisResult> results, IProgressMonitor monitor) {
        try {
            StoredResults.store(model, results, Path.of(file.getLocation().toOSString()));
            file.refreshLocal(IResource.DEPTH_ZERO, monitor);
            return Status.OK_STATUS;
        } catch (IOException | CoreException | RuntimeException e) {
            return new Status(IStatus.ERROR, PLUGIN_ID, "The results of " + file.getFullPath()
                    + " could not be stored (the file is unchanged): " + e.getMessage(), e);
        }
    }
}
