package org.heterostack.ui.internal.application;

import org.eclipse.swt.widgets.Display;

/**
 * Wakes the user-interface thread every {@value #PERIOD_MS} ms while the workbench opens its windows.
 * <p>
 * {@code WorkbenchAdvisor.openWindows()} restores the workbench in a thread of its own and sleeps in
 * {@code Display.sleep()} until that thread says it is done and calls {@code Display.wake()}. On GTK that wake-up is
 * lost when it comes between the sleeping thread's last check and its poll (SWT clears its wake flag just before
 * polling), and the thread then sleeps until some other event arrives: about one start in ten showed no window for
 * 6 s more, with the main thread asleep in {@code openWindows} and the restoring thread gone. A timer is an event
 * source of the display's own, so the thread wakes within one period whatever happened to the wake-up.
 */
final class StartupWakeUp {

    /** How often the user-interface thread wakes, in milliseconds: the longest a lost wake-up can delay it. */
    static final int PERIOD_MS = 50;

    private final Display display;
    private final Runnable tick = this::tick;
    private boolean running;

    StartupWakeUp(Display display) {
        this.display = display;
    }

    /** Starts the timer; call from the user-interface thread. */
    void start() {
        running = true;
        display.timerExec(PERIOD_MS, tick);
    }

    /** Stops the timer; call from the user-interface thread. */
    void stop() {
        running = false;
        if (!display.isDisposed()) {
            display.timerExec(-1, tick);
        }
    }

    private void tick() {
        if (running && !display.isDisposed()) {
            display.timerExec(PERIOD_MS, tick);
        }
    }
}
