package org.heterostack.ui.internal.application;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.p2.ui.Policy;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * How the workbench's p2 UI (Help > Install New Software..., Check for Updates, Installation Details) ends an
 * install: instead of p2's default "restart now or later", the user is offered <b>Apply Changes Now</b>, which
 * starts the new bundles in the running workbench. Engines are Declarative Services components that the engine
 * registry follows as they come and go, so an engine installed this way appears in the preferences and the next
 * Analyze Model without a restart (checked by {@code InstallEngineWorkbenchTest}).
 * <p>
 * The p2 UI asks the {@link Policy} service (registered by {@code org.eclipse.equinox.p2.ui.sdk}) once and keeps
 * it; this sets the restart policy on that service and keeps it in use, so Declarative Services does not replace
 * it with a fresh instance. Outside a p2-managed installation (no policy service) it does nothing.
 */
public final class InstallPolicy {

    private static ServiceTracker<Policy, Policy> tracker;

    private InstallPolicy() {
    }

    /**
     * Applies the policy to the p2 UI's policy service from a system job (the p2 UI bundles start then, not on the
     * way to the first window), now if the service is there, else when it appears.
     */
    public static void applyInBackground() {
        Job job = Job.create("Install policy", monitor -> {
            apply();
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private static synchronized void apply() {
        BundleContext context = FrameworkUtil.getBundle(InstallPolicy.class).getBundleContext();
        if (context == null || tracker != null) {
            return;
        }
        tracker = new ServiceTracker<>(context, Policy.class, null) {
            @Override
            public Policy addingService(ServiceReference<Policy> reference) {
                Policy policy = super.addingService(reference);
                if (policy != null) {
                    policy.setRestartPolicy(Policy.RESTART_POLICY_PROMPT_RESTART_OR_APPLY);
                }
                return policy;
            }
        };
        tracker.open();
    }
}
