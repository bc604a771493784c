package org.heterostack.ui.study.internal.run;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.heterostack.study.StudySummary;

/** Tells views and the Project Explorer that a study run has committed results (finished or stopped). */
public final class StudyRuns {

    /**
     * A run that ended.
     *
     * @param file    the model file
     * @param summary what the run did
     */
    public record Ended(IFile file, StudySummary summary) {
    }

    private static final List<Consumer<Ended>> LISTENERS = new CopyOnWriteArrayList<>();

    private StudyRuns() {
    }

    /** @param listener called (on the job's thread) after every run */
    public static void addListener(Consumer<Ended> listener) {
        LISTENERS.add(listener);
    }

    /** @param listener a listener added before */
    public static void removeListener(Consumer<Ended> listener) {
        LISTENERS.remove(listener);
    }

    static void ended(Ended run) {
        LISTENERS.forEach(listener -> listener.accept(run));
    }
}
