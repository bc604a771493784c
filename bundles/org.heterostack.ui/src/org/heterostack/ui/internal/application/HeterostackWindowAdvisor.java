package org.heterostack.ui.internal.application;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.heterostack.ui.HeterostackWorkbench;

/** Shapes the workbench window and announces when the first one is open. */
public class HeterostackWindowAdvisor extends WorkbenchWindowAdvisor {

    private static boolean announced;

    /** @param configurer the window's configurer */
    public HeterostackWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new HeterostackActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1400, 900));
        configurer.setShowCoolBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowPerspectiveBar(true);
        configurer.setTitle("Heterostack - " + Platform.getInstanceLocation().getURL().getPath());
    }

    @Override
    public void postWindowOpen() {
        if (announced) {
            return;
        }
        announced = true;
        long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        // user and system time of every thread of the process (JIT and GC included), from the operating system
        long cpu = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        System.out.println(HeterostackWorkbench.READY_MARKER + " " + sinceJvmStart + " ms, CPU " + cpu + " ms");
        System.out.flush();
    }
}
