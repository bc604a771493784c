package org.heterostack.ui.editor.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.heterostack.engine.AnalysisRunner;
import org.heterostack.engine.EngineRegistryLookup;
import org.heterostack.engine.IAnalysisEngine;
import org.heterostack.model.AnalysisResult;
import org.heterostack.model.EngineCategory;
import org.heterostack.model.HeterostackFactory;
import org.heterostack.model.HeterostackModel;
import org.heterostack.model.Message;
import org.heterostack.model.NamedElement;
import org.heterostack.model.Severity;
import org.heterostack.ui.internal.analysis.AnalysisRecord;
import org.heterostack.ui.internal.analysis.EngineSettingPreferences;
import org.heterostack.ui.internal.analysis.LatestAnalysis;

/**
 * Live re-analysis: when the Analysis Results view shows a run of this editor's file, an edit re-runs its fast
 * results (the structure and photophysics engines: closed-form models that take milliseconds) in the background on a
 * copy of the edited model, debounced and cancelled by newer edits, and publishes the run again with them. Device and
 * stability results (numerical solvers, run on request) are kept with a warning that they are from before the edit.
 */
final class LiveResults extends Job {

    /** Categories re-run after every edit. */
    static final List<EngineCategory> FAST = List.of(EngineCategory.STRUCTURE, EngineCategory.PHOTOPHYSICS);
    /** The warning a kept slow result gets. */
    static final String STALE = "from before the last edit in the editor: run Analyze Model again to update it";

    private static final long DEBOUNCE_MS = 500;

    private final IFile file;
    private HeterostackModel copy;
    private AnalysisRecord base;

    LiveResults(IFile file) {
        super("Re-running the fast analyses of " + file.getName());
        this.file = file;
        setSystem(true);
    }

    /**
     * Asks for a re-run after an edit (call on the UI thread); nothing happens unless the latest run shown is of
     * this file.
     *
     * @param model the editor's model as it is now
     */
    void request(HeterostackModel model) {
        Optional<AnalysisRecord> latest = LatestAnalysis.get();
        if (latest.isEmpty() || !latest.get().file().equals(file.getFullPath().toString())) {
            return;
        }
        cancel();
        synchronized (this) {
            copy = EcoreUtil.copy(model);
            base = latest.get();
        }
        schedule(DEBOUNCE_MS);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        HeterostackModel model;
        AnalysisRecord record;
        synchronized (this) {
            model = copy;
            record = base;
        }
        Map<String, IAnalysisEngine> engines = new HashMap<>();
        EngineRegistryLookup.registry().engines().forEach(e -> engines.put(e.descriptor().id(), e));
        AnalysisRunner runner = new AnalysisRunner();
        List<AnalysisResult> results = new ArrayList<>();
        for (AnalysisResult old : record.results()) {
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            IAnalysisEngine engine = engines.get(old.getEngineId());
            NamedElement target = old.getTarget() == null ? null : find(model, old.getTarget());
            if (FAST.contains(old.getCategory()) && engine != null && target != null) {
                results.add(runner.run(engine, target, EngineSettingPreferences.overrides(engine), monitor));
            } else {
                results.add(stale(old));
            }
        }
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        LatestAnalysis.publish(new AnalysisRecord(record.file(), Instant.now(), results, record.engineNames()));
        return Status.OK_STATUS;
    }

    /** The object of the same kind and name in the edited copy (a renamed or deleted one has none). */
    private static NamedElement find(HeterostackModel model, NamedElement target) {
        for (var it = model.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof NamedElement named && named.eClass() == target.eClass()
                    && Objects.equals(named.getName(), target.getName())) {
                return named;
            }
        }
        return null;
    }

    private static AnalysisResult stale(AnalysisResult old) {
        if (old.getMessages().stream().anyMatch(m -> STALE.equals(m.getText()))) {
            return old;
        }
        AnalysisResult copy = EcoreUtil.copy(old);
        copy.setTarget(old.getTarget());
        Message warning = HeterostackFactory.eINSTANCE.createMessage();
        warning.setSeverity(Severity.WARNING);
        warning.setText(STALE);
        copy.getMessages().add(0, warning);
        return copy;
    }
}
