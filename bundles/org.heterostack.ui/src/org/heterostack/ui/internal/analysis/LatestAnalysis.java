package org.heterostack.ui.internal.analysis;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The last finished "Analyze Model" run of this workbench session, and the few before it (several models analysed
 * at once each give a run), for the Analysis Results view. Listeners are
 * told on the thread that published the record (an analysis job); views move to the UI thread themselves.
 */
public final class LatestAnalysis {

    /** How many runs of the session {@link #recent()} keeps. */
    static final int KEPT = 10;

    private static final List<Consumer<AnalysisRecord>> LISTENERS = new CopyOnWriteArrayList<>();
    private static final Deque<AnalysisRecord> RECENT = new ArrayDeque<>();
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
    public static void publish(AnalysisRecord record) {
        synchronized (RECENT) {
            RECENT.addFirst(record);
            while (RECENT.size() > KEPT) {
                RECENT.removeLast();
            }
        }
        latest = record;
        ResultMarkers.update(record);
        LISTENERS.forEach(l -> l.accept(record));
    }

    /** @return the last {@value #KEPT} runs of this session, the latest first */
    public static List<AnalysisRecord> recent() {
        synchronized (RECENT) {
            return List.copyOf(RECENT);
        }
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
