package org.heterostack.ui.editor.internal.band;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.heterostack.model.Device;
import org.heterostack.model.HeterostackModel;

/**
 * Re-runs the photophysics engine for the band diagram after an edit: debounced (a burst of edits runs it once),
 * in the background on a copy of the model taken on the UI thread, cancelled when a newer edit comes, and the result
 * handed back on the UI thread only if no newer request was made meanwhile.
 */
final class LiveBandJob extends Job {

    private static final long DEBOUNCE_MS = 100;

    private final Display display;
    private final Consumer<EngineBandEdges.Edges> onResult;
    private Device copy;
    private int generation;

    LiveBandJob(Display display, Consumer<EngineBandEdges.Edges> onResult) {
        super("Updating the band diagram");
        this.display = display;
        this.onResult = onResult;
        setSystem(true);
    }

    /**
     * Asks for the edges of a device as it is now (call on the UI thread).
     *
     * @param device the device in the editor's model
     */
    void request(Device device) {
        HeterostackModel model = (HeterostackModel) EcoreUtil.getRootContainer(device);
        int index = model.getDevices().indexOf(device);
        HeterostackModel copied = EcoreUtil.copy(model);
        synchronized (this) {
            copy = index < 0 ? null : copied.getDevices().get(index);
            generation++;
        }
        cancel();
        schedule(DEBOUNCE_MS);
    }

    /** @return the number of requests made so far */
    synchronized int generation() {
        return generation;
    }

    private volatile long lastMillis;

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Device device;
        int requested;
        synchronized (this) {
            device = copy;
            requested = generation;
        }
        if (device == null || monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        long start = System.nanoTime();
        EngineBandEdges.Edges edges = EngineBandEdges.compute(device, monitor);
        lastMillis = (System.nanoTime() - start) / 1_000_000;
        if (monitor.isCanceled()) {
            return Status.CANCEL_STATUS;
        }
        display.asyncExec(() -> {
            if (requested == generation()) {
                onResult.accept(edges);
            }
        });
        return Status.OK_STATUS;
    }

    /** @return how long the last engine run took, in milliseconds */
    long lastMillis() {
        return lastMillis;
    }
}
