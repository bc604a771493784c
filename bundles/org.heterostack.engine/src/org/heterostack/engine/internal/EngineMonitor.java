package org.heterostack.engine.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;

/**
 * The monitor one engine run gets: cancelled when the caller cancels, or when the runner stops this run (its time
 * is up), which does not cancel the caller's monitor, so the caller's other engine runs go on.
 */
public final class EngineMonitor extends ProgressMonitorWrapper {

    private volatile boolean stopped;

    /** @param caller the caller's monitor */
    public EngineMonitor(IProgressMonitor caller) {
        super(caller);
    }

    @Override
    public boolean isCanceled() {
        return stopped || super.isCanceled();
    }

    /** Cancels this run only; the caller's monitor is left as it is. */
    @Override
    public void setCanceled(boolean value) {
        stopped = value;
    }
}
