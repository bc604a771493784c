package org.heterostack.ui.internal.analysis;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The last finished "Analyze Model" run of this workbench session, for the Analysis Results view. Listeners are
 * told on the thread that published the record (an analysis job); views move to the UI thread themselves.
 */
public final class LatestAnalysis {

    private static final List<Consumer<AnalysisRecord>> LISTENERS = new CopyOnWriteArrayList<>();
    private static volatile AnalysisRecord latest;

    private LatestAnalysis() {
    }

    /** @return the last record, if an analysis finished in this session */
    public static Optional<AnalysisRecord> get() {
        return Optional.ofNullable(latest);
    }

    /**
     * @param record a finished run; becomes the latest, its failures become markers on its file
     *               ({@link ResultMarkers}) and it is passed to every listener
     */
    static void publish(AnalysisRecord record) {
        latest = record;
        ResultMarkers.update(record);
        LISTENERS.forEach(l -> l.accept(record));
    }

    /** @param listener told of every record published from now on */
    static void addListener(Consumer<AnalysisRecord> listener) {
        LISTENERS.add(listener);
    }

    /** @param listener a listener added before */
    static void removeListener(Consumer<AnalysisRecord> listener) {
        LISTENERS.remove(listener);
    }
}
